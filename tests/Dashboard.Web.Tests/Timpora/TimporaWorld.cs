using System.Net.Http.Json;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Timpora;

/// <summary>
/// Sanggau (61.05) with its seat, an immigration office covering it (KANIM-ETK) and one covering Batam (KANIM-BTM),
/// made through the product's own admin API.
/// </summary>
internal static class TimporaWorld
{
    /// <summary>A due date or meeting day <paramref name="days"/> from today (UTC), as the API takes it.</summary>
    public static string Day(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    public const string Sanggau = "61.05";
    public const string Batam = "21.71";
    public const string CoveringOffice = "KANIM-ETK";
    public const string OtherOffice = "KANIM-BTM";

    public static async Task<HttpClient> EnsureAsync(DashboardApp app)
    {
        await using (var db = await app.GeoAsync())
        {
            if (!await db.Provinces.AnyAsync(p => p.Code == "61"))
            {
                db.Provinces.Add(new Province { Code = "61", Name = "Kalimantan Barat", Seat = Geometries.Point(109.33, -0.03) });
                db.Regencies.Add(new Regency { Code = Sanggau, ProvinceCode = "61", Name = "Kabupaten Sanggau", Seat = Geometries.Point(110.6, 0.12) });
                await db.SaveChangesAsync();
            }
        }
        var admin = await app.SignedInClientAsync("admin-timpora-world", Roles.Administrator);
        foreach (var (code, regency) in new[] { (CoveringOffice, Sanggau), (OtherOffice, Batam) })
        {
            var office = await admin.PutAsJsonAsync($"/api/admin/offices/{code}", new { name = $"Kantor Imigrasi {code}", kind = "Kanim", regencyCodes = new[] { regency } });
            Assert.True(office.IsSuccessStatusCode, await office.Content.ReadAsStringAsync());
        }
        return admin;
    }

    /// <summary>Creates the partner's account and seats it in the TIMPORA, then signs it in.</summary>
    public static async Task<HttpClient> MemberAsync(DashboardApp app, HttpClient admin, string userName, string agency, string area)
    {
        await app.SignedInClientAsync(userName, Roles.TimporaMember, agency: agency);
        // A display name unlike the user name, as real accounts have: seats and owners go by the user name.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            user.DisplayName = $"{agency} member {userName}";
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }
        var seated = await admin.PostAsJsonAsync("/api/timpora/members", new { userName, agency, areaCode = area });
        Assert.True(seated.IsSuccessStatusCode, await seated.Content.ReadAsStringAsync());
        return await app.SignedInClientAsync(userName, Roles.TimporaMember, agency: agency);
    }
}
