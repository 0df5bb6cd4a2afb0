using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Audit;
using Dashboard.Web.Cases;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Tests.Cases;

/// <summary>The case register's read side on an empty database (no demo seed): who may read, and that each read is audited.</summary>
public sealed class CasesApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AnAnalyst_ListsAndReadsACase_AndEachReadIsAuditedWithItsRows()
    {
        var id = await StoreCaseAsync("LP/UJI/1/2026", "53.10");
        var analyst = await app.SignedInClientAsync("analis-cases", Roles.HqAnalyst);

        using var list = JsonDocument.Parse(await analyst.GetStringAsync("/api/cases?status=Active"));
        using var one = JsonDocument.Parse(await analyst.GetStringAsync($"/api/cases/{id}"));

        Assert.Contains(list.RootElement.EnumerateArray(), c => c.GetProperty("reference").GetString() == "LP/UJI/1/2026");
        Assert.Equal(2, one.RootElement.GetProperty("minorCount").GetInt32());
        var lines = await LinesAsync("analis-cases");
        Assert.Contains(lines, l => l.Action == CasesRegistration.ListAction && l.Rows >= 1 && l.Outcome == AuditOutcome.Allowed);
        Assert.Contains(lines, l => l.Action == CasesRegistration.ReadAction && l.Rows == 1);
    }

    [Fact]
    public async Task AnotherAgency_AndATimporaMember_Get403_AndTheRefusalIsAudited()
    {
        var id = await StoreCaseAsync("LP/UJI/2/2026", "53.10");
        var police = await app.SignedInClientAsync("polri-cases", Roles.HqAnalyst, agency: "Polri");
        var timpora = await app.SignedInClientAsync("timpora-cases", Roles.TimporaMember);

        var list = await police.GetAsync("/api/cases");
        var one = await timpora.GetAsync($"/api/cases/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, one.StatusCode);
        Assert.Contains(await LinesAsync("polri-cases"), l => l.Action == AuditedRefusals.Action && l.Outcome == AuditOutcome.Refused);
        Assert.DoesNotContain(await LinesAsync("polri-cases"), l => l.Action == CasesRegistration.ListAction);
    }

    [Fact]
    public async Task BadFilters_Are400NamingEachField()
    {
        var analyst = await app.SignedInClientAsync("analis-cases-bad", Roles.HqAnalyst);

        var response = await analyst.GetAsync("/api/cases?status=Sideways&from=2026-13-40&to=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "status", "from", "to" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task OfficeStaff_SeeTheCasesOfTheirWorkingArea_AndAnOtherCaseIsNotFound()
    {
        await OfficeAsync("KANIM-CASES", "61.03");
        var inside = await StoreCaseAsync("LP/UJI/IN/2026", "61.03");
        var outside = await StoreCaseAsync("LP/UJI/OUT/2026", "61.07");
        var officer = await app.SignedInClientAsync("petugas-cases", Roles.FieldOfficer, officeCode: "KANIM-CASES");

        using var list = JsonDocument.Parse(await officer.GetStringAsync("/api/cases"));
        var mine = await officer.GetAsync($"/api/cases/{inside}");
        var theirs = await officer.GetAsync($"/api/cases/{outside}");

        Assert.All(list.RootElement.EnumerateArray(), c => Assert.Equal("61.03", c.GetProperty("regencyCode").GetString()));
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }

    private async Task OfficeAsync(string code, string regency)
    {
        await using (var db = await app.GeoAsync())
        {
            if (!await db.Provinces.AnyAsync(p => p.Code == "61"))
                db.Provinces.Add(new Province { Code = "61", Name = "Kalimantan Barat", Seat = Geometries.Point(109.33, -0.03) });
            foreach (var (c, name) in new[] { ("61.03", "Kabupaten Sanggau"), ("61.07", "Kabupaten Bengkayang") })
                if (!await db.Regencies.AnyAsync(r => r.Code == c))
                    db.Regencies.Add(new Regency { Code = c, ProvinceCode = "61", Name = name, Seat = Geometries.Point(110.6, 0.12) });
            await db.SaveChangesAsync();
        }
        var admin = await app.SignedInClientAsync("admin-cases", Roles.Administrator);
        var office = await admin.PutAsJsonAsync($"/api/admin/offices/{code}", new { name = "Kantor Imigrasi Uji", kind = "Kanim", regencyCodes = new[] { regency } });
        Assert.True(office.IsSuccessStatusCode, await office.Content.ReadAsStringAsync());
    }

    private async Task<long> StoreCaseAsync(string reference, string regency)
    {
        await using var db = await app.GeoAsync();
        var origin = new CaseOrigin
        {
            Reference = reference, Location = Geometries.Factory.CreatePoint(new Coordinate(123.6, -10.2)),
            ProvinceCode = regency[..2], RegencyCode = regency, ReportedOn = new DateOnly(2026, 11, 1),
            ModusOperandiCode = await db.ModiOperandi.OrderBy(m => m.Code).Select(m => m.Code).FirstAsync(), DestinationCountry = "MY",
            Status = CaseStatus.Active, ReportingAgency = "Imigrasi", Exploitation = ExploitationType.ForcedLabour,
        };
        origin.SetVictims([new VictimGroup { Sex = Sex.Female, AgeGroup = AgeGroup.Age9To17, Count = 2 },
            new VictimGroup { Sex = Sex.Male, AgeGroup = AgeGroup.Age21To23, Count = 1 }]);
        db.CaseOrigins.Add(origin);
        await db.SaveChangesAsync();
        return origin.Id;
    }

    private async Task<List<AccessEvent>> LinesAsync(string user)
    {
        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        return await audit.AccessEvents.Where(e => e.UserName == user).OrderBy(e => e.Id).ToListAsync();
    }
}
