using Dashboard.Web.Situation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Identity;

/// <summary>Named authorization policies, so endpoints say what they allow rather than which roles.</summary>
public static class Policies
{
    public const string ImportRatRoutes = "import-rat-routes";
    public const string ImportRegions = "import-regions";

    /// <summary>Loading roads, tracks and ferry lanes for the patrol planner's travel network.</summary>
    public const string ImportTravelWays = "import-travel-ways";

    /// <summary>The live situation (alerts, reports as they arrive): immigration's own operations staff.</summary>
    public const string WatchSituation = "watch-situation";

    /// <summary>
    /// The live and overview pages: the staff of <see cref="WatchSituation"/>, by sign-in cookie only. A page asked for
    /// before signing in must be sent to the sign-in page and back; the service key's scheme would answer 401 instead.
    /// </summary>
    public const string ViewSituation = "view-situation";

    /// <summary>Acting on alerts: acknowledging, assigning, resolving, dismissing, commenting.</summary>
    public const string HandleAlerts = "handle-alerts";

    /// <summary>Planning patrols, exporting them to handhelds and recording how they went.</summary>
    public const string PlanPatrols = "plan-patrols";

    /// <summary>The TIMPORA briefing: aggregates and risk, for every member of a coordination meeting.</summary>
    public const string ViewBriefing = "view-briefing";

    /// <summary>Creating, editing and retiring official crossings (HQ until offices have their own accounts).</summary>
    public const string ManageCrossings = "manage-crossings";

    /// <summary>Registering, reassigning and retiring assisted villages, and importing villages and crossings.</summary>
    public const string ManageVillages = "manage-villages";

    /// <summary>Logging an outreach session: the village's Pimpasa (a field officer) or HQ.</summary>
    public const string LogOutreach = "log-outreach";

    /// <summary>Handing logged events to the hub: the jobs worker only.</summary>
    public const string PublishSituation = "publish-situation";

    private static readonly string[] Operations = [Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner];

    public static AuthorizationBuilder AddDashboardPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ImportRatRoutes, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner))
        .AddPolicy(ImportRegions, p => p.RequireRole(Roles.Administrator))
        .AddPolicy(ImportTravelWays, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner))
        .AddPolicy(WatchSituation, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ServiceKeyAuthentication.SchemeName)
            .RequireRole([.. Operations, Roles.Service]))
        .AddPolicy(ViewSituation, p => p.RequireRole(Operations))
        .AddPolicy(HandleAlerts, p => p.RequireRole(Operations))
        .AddPolicy(PlanPatrols, p => p.RequireRole(Operations))
        .AddPolicy(ViewBriefing, p => p.RequireRole([.. Operations, Roles.TimporaMember]))
        .AddPolicy(ManageCrossings, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst))
        .AddPolicy(ManageVillages, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst))
        .AddPolicy(LogOutreach, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.FieldOfficer))
        .AddPolicy(PublishSituation, p => p
            .AddAuthenticationSchemes(ServiceKeyAuthentication.SchemeName)
            .RequireRole(Roles.Service));
}
