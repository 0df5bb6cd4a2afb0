using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Timpora;

/// <summary>
/// With the demo on, the demo's Polri account sits in TIMPORA Sanggau (61.05, the regency of PLBN Entikong), so /timpora
/// shows a member's view at once. Only into an empty membership: an administrator's seats are never overwritten.
/// </summary>
public static class TimporaDemoSeats
{
    public const string SanggauRegency = "61.05";

    public static async Task SeatIfEmptyAsync(IServiceProvider services, TimeProvider clock)
    {
        var db = services.GetRequiredService<TimporaDb>();
        if (await db.Members.AnyAsync())
            return;
        db.Members.Add(new TimporaMember
        {
            UserName = "timpora.polri",
            Agency = "Polri",
            Level = TimporaLevel.Regency,
            AreaCode = SanggauRegency,
            AssignedBy = "demo",
            AssignedAt = clock.GetUtcNow().ToUniversalTime(),
        });
        await db.SaveChangesAsync();
    }
}
