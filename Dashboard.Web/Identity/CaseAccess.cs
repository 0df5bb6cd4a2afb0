using System.Security.Claims;

namespace Dashboard.Web.Identity;

/// <summary>
/// Who may see a single case record. Victims are people to protect: members of other agencies see aggregates only,
/// however far they zoom in.
/// </summary>
public static class CaseAccess
{
    public static bool MaySeeIndividualCases(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return false;
        var immigration = string.Equals(user.FindFirstValue(DashboardClaims.Agency), DashboardClaims.Immigration, StringComparison.Ordinal);
        return immigration && Roles.All.Where(r => r != Roles.TimporaMember).Any(user.IsInRole);
    }
}
