using Dashboard.Geo.Screening;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Screening;

/// <summary>
/// With the demo on, a small service directory around Batam (the seeds' busiest checkpoints) and the national agencies,
/// so a referral can be made at once; the demo account "ppa.batam" (agency Pemda) answers for the UPTD PPA. Only into
/// an empty directory: an administrator's services are never overwritten.
/// </summary>
public static class ScreeningDemoServices
{
    public static async Task SeedIfEmptyAsync(IServiceProvider services, TimeProvider clock)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ScreeningDb>>().CreateDbContextAsync();
        if (await db.Services.AnyAsync())
            return;
        var now = clock.GetUtcNow();
        VictimService Service(string name, ServiceKind kind, string region, string contact, string agency, int? capacity,
            bool adults = true, bool minors = true, bool women = true, bool men = true) => new()
        {
            Name = name, Kind = kind, RegionCode = region, Contact = contact, Agency = agency, Capacity = capacity,
            TakesAdults = adults, TakesMinors = minors, TakesWomen = women, TakesMen = men, ChangedBy = "demo", ChangedAt = now,
        };
        db.Services.AddRange(
            Service("UPTD PPA Kota Batam", ServiceKind.UptdPpa, "21.71", "Jl. Engku Putri, Batam Centre · 0778-000-111", "Pemda", 12, men: false),
            Service("Dinas Sosial Kota Batam (rumah perlindungan)", ServiceKind.Dinsos, "21.71", "0778-000-222", "Dinsos", 30),
            Service("UPT BP2MI Kepulauan Riau", ServiceKind.Bp2mi, "21", "0778-000-333", "BP2MI", null, minors: false),
            Service("RS Bhayangkara Batam", ServiceKind.Hospital, "21.71", "0778-000-444", "Polri", null),
            Service("LPSK", ServiceKind.Lpsk, "31", "Jakarta · 148", "LPSK", null),
            Service("IOM Indonesia", ServiceKind.Iom, "31", "Jakarta · 021-000-555", "IOM", null),
            Service("UPTD PPA Kabupaten Sanggau", ServiceKind.UptdPpa, "61.03", "0564-000-666", "Pemda", 8, men: false));
        await db.SaveChangesAsync();
    }
}
