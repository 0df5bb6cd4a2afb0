using System.Security.Claims;

namespace Dashboard.Web.Identity;

/// <summary>
/// Who is acting, as every record of an action names them: the display name the administrator gave the account (the
/// user name when it has none), and the agency it belongs to.
/// </summary>
public static class Acting
{
    public const string Unknown = "?";

    public static string ActorName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DashboardClaims.DisplayName) ?? user.Identity?.Name ?? Unknown;

    public static string ActorAgency(this ClaimsPrincipal user) => user.FindFirstValue(DashboardClaims.Agency) ?? Unknown;

    /// <summary>The sender of a report: name, agency and account.</summary>
    public static Reports.ReportSender Sender(this ClaimsPrincipal user) => new(user.ActorName(), user.ActorAgency(), user.Identity?.Name);
}
