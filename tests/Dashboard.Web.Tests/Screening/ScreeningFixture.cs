using System.Net.Http.Json;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Screening;

/// <summary>What the screening tests need on an empty database: crossings, two offices, and a way to read the audit log.</summary>
internal static class ScreeningFixture
{
    public const string Batam = "KANIM-BATAM-UJI";
    public const string Entikong = "KANIM-ENTIKONG-UJI";

    public static async Task CrossingAsync(DashboardApp app, string code, string name)
    {
        await using var db = await app.GeoAsync();
        if (await db.BorderCrossings.AnyAsync(c => c.Code == code))
            return;
        db.BorderCrossings.Add(new BorderCrossing
        {
            Code = code, Name = name, Kind = CrossingKind.Seaport, ManagingOffice = "Kantor Imigrasi Batam", ProvinceCode = "21",
            RegencyCode = "21.71", Location = Geometries.Point(104.05, 1.13), DailyPassengers = 5000, InterviewOfficers = 4,
        });
        await db.SaveChangesAsync();
    }

    public static async Task OfficesAsync(DashboardApp app)
    {
        await using (var db = await app.GeoAsync())
        {
            foreach (var (code, name) in new[] { ("21", "Kepulauan Riau"), ("61", "Kalimantan Barat") })
                if (!await db.Provinces.AnyAsync(p => p.Code == code))
                    db.Provinces.Add(new Province { Code = code, Name = name, Seat = Geometries.Point(104, 1) });
            foreach (var (code, province, name) in new[] { ("21.71", "21", "Kota Batam"), ("61.03", "61", "Kabupaten Sanggau") })
                if (!await db.Regencies.AnyAsync(r => r.Code == code))
                    db.Regencies.Add(new Regency { Code = code, ProvinceCode = province, Name = name, Seat = Geometries.Point(104, 1) });
            await db.SaveChangesAsync();
        }
        var admin = await app.SignedInClientAsync("admin-screening-offices", Roles.Administrator);
        foreach (var (code, regency) in new[] { (Batam, "21.71"), (Entikong, "61.03") })
        {
            var office = await admin.PutAsJsonAsync($"/api/admin/offices/{code}", new { name = $"Kantor Imigrasi {code}", kind = "Kanim", regencyCodes = new[] { regency } });
            Assert.True(office.IsSuccessStatusCode, await office.Content.ReadAsStringAsync());
        }
    }

    public static object ScreeningBody(Guid id, string crossing = "BTC-UJI", string disposition = "DepartureDelayed", int groupSize = 5,
        string ageGroup = "Age18To20", string sex = "Female") => new
    {
        id, crossing, ageGroup, sex, travellingAlone = groupSize == 1, groupSize,
        documents = new[] { "Passport", "UmrahOrPilgrimagePackage" }, statedPurpose = "UmrahOrPilgrimage", suspectedPurpose = "Work",
        modus = "NonRegularUmrahGroup", destinationCountry = "SA", indicators = new[] { "CannotExplainPurpose", "NoReturnTicket" }, disposition,
    };

    public static async Task<List<AccessEvent>> LinesAsync(DashboardApp app, string user)
    {
        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        return await audit.AccessEvents.Where(e => e.UserName == user).OrderBy(e => e.Id).ToListAsync();
    }
}
