using System.Security.Claims;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Timpora;

/// <summary>
/// Which side of a TIMPORA a person is on. Immigration's headquarters (administrators, HQ analysts) sit at every
/// TIMPORA; immigration's office staff at those whose area meets their office's working area (staff of an office
/// without one, like the national view, at every TIMPORA); a partner's member only at their own seat's.
/// </summary>
public static class TimporaAccess
{
    /// <summary>The account's user name, which seats, owners and senders are matched by (display names may repeat or change).</summary>
    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? Acting.Unknown;

    public static bool IsImmigration(this ClaimsPrincipal user) => user.ActorAgency() == DashboardClaims.Immigration;

    public static bool IsHeadquarters(this ClaimsPrincipal user) =>
        user.IsImmigration() && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.HqAnalyst));

    /// <summary>Whether immigration staff work for the area "61" or "61.05" (a province's TIMPORA meets every regency in it).</summary>
    public static bool ImmigrationCovers(this ClaimsPrincipal user, string areaCode)
    {
        if (!user.IsImmigration())
            return false;
        if (user.IsHeadquarters() || !user.HasWorkingArea())
            return true;
        return user.WorkingAreaCodes().Any(r => r == areaCode || r.StartsWith(areaCode + ".", StringComparison.Ordinal)
                                               || areaCode.StartsWith(r + ".", StringComparison.Ordinal));
    }

    /// <summary>Whether the area lies in the working area of immigration staff, or in the member's own TIMPORA.</summary>
    public static bool MayRead(this ClaimsPrincipal user, TimporaMember? seat, string areaCode) =>
        user.ImmigrationCovers(areaCode) || (!user.IsImmigration() && seat is not null && seat.Covers(areaCode));
}
