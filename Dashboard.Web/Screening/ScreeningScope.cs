using System.Security.Claims;
using Dashboard.Geo.Screening;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Screening;

/// <summary>
/// Which screenings and protection records a person may read: headquarters (administrators, HQ analysts) the nation;
/// everyone else the records of their own office, and the ones they recorded themselves.
/// </summary>
public static class ScreeningScope
{
    public static bool IsHeadquarters(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.HqAnalyst);

    public static IQueryable<CheckpointScreening> Visible(this IQueryable<CheckpointScreening> query, ClaimsPrincipal user)
    {
        if (user.IsHeadquarters())
            return query;
        var office = user.OfficeCode();
        var name = user.Identity?.Name ?? "";
        return query.Where(s => (office != null && s.OfficeCode == office) || s.RecordedBy == name);
    }

    public static IQueryable<ProtectionRecord> Visible(this IQueryable<ProtectionRecord> query, ClaimsPrincipal user)
    {
        if (user.IsHeadquarters())
            return query;
        var office = user.OfficeCode();
        var name = user.Identity?.Name ?? "";
        return query.Where(p => (office != null && p.OfficeCode == office) || p.OpenedBy == name);
    }

    /// <summary>Whether the person works for the office that holds the record (and so may act for it).</summary>
    public static bool WorksFor(this ClaimsPrincipal user, string? officeCode, string recordedBy) =>
        user.IsHeadquarters() || (officeCode is not null && user.OfficeCode() == officeCode) || user.Identity?.Name == recordedBy;
}
