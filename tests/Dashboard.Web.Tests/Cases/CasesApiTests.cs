using System.Net;
using System.Text.Json;
using Dashboard.Geo.Domain.Cases;
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

        using var list = JsonDocument.Parse(await analyst.GetStringAsync("/api/cases?status=Reported"));
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

    private async Task<long> StoreCaseAsync(string reference, string regency)
    {
        await using var db = await app.GeoAsync();
        var origin = new CaseOrigin
        {
            Reference = reference, Location = Geometries.Factory.CreatePoint(new Coordinate(123.6, -10.2)),
            ProvinceCode = regency[..2], RegencyCode = regency, ReportedOn = new DateOnly(2026, 11, 1),
            ModusOperandiCode = await db.ModiOperandi.OrderBy(m => m.Code).Select(m => m.Code).FirstAsync(), DestinationCountry = "MY",
            Status = CaseStatus.Reported, ReportingAgency = "Imigrasi", Exploitation = ExploitationType.ForcedLabour,
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
