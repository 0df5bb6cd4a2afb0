using System.Security.Claims;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Cases;

/// <summary>Who a history line names, and the regencies they may write cases for (null for headquarters).</summary>
public static class CaseActor
{
    public static CaseChange Change(ClaimsPrincipal user, long caseId, CaseChangeKind kind, DateTimeOffset at) => new()
    {
        CaseOriginId = caseId,
        At = at,
        Kind = kind,
        UserId = Cut(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? Acting.Unknown, 64),
        UserName = Cut(user.ActorName(), 128),
    };

    public static IReadOnlyCollection<string>? Area(ClaimsPrincipal user) => user.StartsNational() ? null : user.WorkingAreaCodes();

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
