using System.Security.Claims;
using Dashboard.Geo.Screening;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Screening;

/// <summary>
/// Which repatriations a person may read: headquarters the nation; an office the returns it recorded and those whose
/// passports it issued (it gets the notice); everyone the ones they recorded.
/// </summary>
public static class RepatriationScope
{
    public static IQueryable<Repatriation> Visible(this IQueryable<Repatriation> query, ClaimsPrincipal user)
    {
        if (user.IsHeadquarters())
            return query;
        var office = user.OfficeCode();
        var name = user.Identity?.Name ?? "";
        return query.Where(r => (office != null && (r.OfficeCode == office || r.IssuingOfficeCode == office)) || r.RecordedBy == name);
    }

    /// <summary>The holding office acts on the return (the hand-over); the issuing office only acknowledges its notice.</summary>
    public static bool Holds(this ClaimsPrincipal user, Repatriation r) => user.WorksFor(r.OfficeCode, r.RecordedBy);

    public static bool IsNotified(this ClaimsPrincipal user, Repatriation r) =>
        r.IssuingOfficeCode is not null && (user.IsHeadquarters() || user.OfficeCode() == r.IssuingOfficeCode);
}
