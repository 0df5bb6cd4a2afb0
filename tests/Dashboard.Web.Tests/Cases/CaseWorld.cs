using System.Net.Http.Json;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Cases;

/// <summary>The little world case entry needs on an empty database: NTT, Kupang regency and one gazetteer village.</summary>
public static class CaseWorld
{
    public const string Regency = "53.01";
    public const string Village = "53.01.01.2001";

    public static async Task EnsureAsync(DashboardApp app)
    {
        await using var db = await app.GeoAsync();
        if (!await db.Provinces.AnyAsync(p => p.Code == "53"))
            db.Provinces.Add(new Province { Code = "53", Name = "Nusa Tenggara Timur", Seat = Geometries.Point(123.6, -10.17) });
        foreach (var (code, name, x, y) in new[] { ("53.01", "Kabupaten Kupang", 123.78, -10.05), ("53.04", "Kabupaten Timor Tengah Selatan", 124.28, -9.85), ("53.10", "Kabupaten Manggarai", 120.45, -8.6) })
            if (!await db.Regencies.AnyAsync(r => r.Code == code))
                db.Regencies.Add(new Regency { Code = code, ProvinceCode = "53", Name = name, Seat = Geometries.Point(x, y) });
        if (!await db.GazetteerAreas.AnyAsync(a => a.Code == Village))
            db.GazetteerAreas.Add(new GazetteerArea { Code = Village, Level = GazetteerLevel.Village, Name = "Desa Uji", ParentCode = "53.01.01", ProvinceCode = "53", FirstRelease = "test" });
        await db.SaveChangesAsync();
    }

    /// <summary>Registered offices: Kupang (the cases' area), Atambua (Timor Tengah Selatan, an issuing office) and Ruteng (a third).</summary>
    public const string KupangOffice = "KANIM-KPG-UJI";
    public const string AtambuaOffice = "KANIM-ATB-UJI";
    public const string RutengOffice = "KANIM-RUT-UJI";

    public static async Task OfficesAsync(DashboardApp app)
    {
        await EnsureAsync(app);
        var admin = await app.SignedInClientAsync("admin-case-offices", Dashboard.Web.Identity.Roles.Administrator);
        foreach (var (code, name, regency) in new[] { (KupangOffice, "Kantor Imigrasi Kupang", Regency), (AtambuaOffice, "Kantor Imigrasi Atambua", "53.04"), (RutengOffice, "Kantor Imigrasi Ruteng", "53.10") })
        {
            var saved = await admin.PutAsJsonAsync($"/api/admin/offices/{code}", new { name, kind = "Kanim", regencyCodes = new[] { regency } });
            Xunit.Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }
    }

    /// <summary>A case reported two days ago (in WIB) unless told: recent enough for every rule's look-back, whatever the date.</summary>
    public static object Case(string reference, string destination = "MY", int minors = 0, int adults = 1, string? village = null,
        double? longitude = 123.9, double? latitude = -10.1, string? reportedOn = null, string agency = "Polri") => new
    {
        reference, reportingAgency = agency,
        reportedOn = reportedOn ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-2).ToString("yyyy-MM-dd"), regencyCode = village is null ? Regency : null, villageCode = village,
        longitude, latitude,
        victims = new object[] { new { sex = "Female", ageGroup = "Age9To17", count = minors }, new { sex = "Male", ageGroup = "Age21To23", count = adults } },
        modusOperandi = "ONLINE_SCAM_JOB", destinationCountry = destination, exploitation = "ForcedCriminality",
        meansOfControl = new[] { "DebtBondage", "WithholdsDocuments" }, recruiterRelation = "Stranger",
    };
}
