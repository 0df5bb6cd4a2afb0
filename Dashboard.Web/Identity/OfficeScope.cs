using System.Security.Claims;

namespace Dashboard.Web.Identity;

/// <summary>
/// Where a person looks by default: staff of an office at its working area, headquarters at the nation; everyone who
/// sees the situation may switch to the national view (a border office watches its neighbours too). An account without
/// an office (or whose office covers no regency) has no working area and sees the nation.
/// </summary>
public static class OfficeScope
{
    public static IReadOnlyList<string> WorkingAreaCodes(this ClaimsPrincipal user) =>
        user.FindFirstValue(DashboardClaims.OfficeRegencies) is { Length: > 0 } codes
            ? codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public static string? OfficeCode(this ClaimsPrincipal user) => user.FindFirstValue(DashboardClaims.Office);

    public static bool HasWorkingArea(this ClaimsPrincipal user) => user.WorkingAreaCodes().Count > 0;

    public static bool StartsNational(this ClaimsPrincipal user) =>
        !user.HasWorkingArea() || user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.HqAnalyst);
}
