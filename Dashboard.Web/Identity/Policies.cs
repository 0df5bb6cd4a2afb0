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

    /// <summary>Filing field reports through immigration's report intake (form and API).</summary>
    public const string FileReports = "file-reports";

    /// <summary>Reading field reports: an office's staff their working area, headquarters and planners the nation too.</summary>
    public const string ViewReports = "view-reports";

    /// <summary>Recomputing the risk map on demand.</summary>
    public const string RecomputeRisk = "recompute-risk";

    /// <summary>Accounts, offices and the jobs dashboard: immigration's administrators.</summary>
    public const string Administer = "administer";

    /// <summary>Creating, editing and retiring official crossings: HQ anywhere, an office's planners within its working area.</summary>
    public const string ManageCrossings = "manage-crossings";

    /// <summary>Registering, reassigning and retiring assisted villages, and importing them: HQ anywhere, an office's planners within its working area.</summary>
    public const string ManageVillages = "manage-villages";

    /// <summary>Logging an outreach session: the village's Pimpasa (a field officer), its office's planner or HQ.</summary>
    public const string LogOutreach = "log-outreach";

    /// <summary>Handing logged events to the hub: the jobs worker only.</summary>
    public const string PublishSituation = "publish-situation";

    /// <summary>Reading single case records: immigration staff who work cases, never another agency (aggregates only).</summary>
    public const string ViewCases = "view-cases";

    /// <summary>Entering and changing case records: HQ and the field officers who take the reports.</summary>
    public const string EditCases = "edit-cases";

    /// <summary>Recording checkpoint screenings, opening protection records and referring: HQ and the field officers.</summary>
    public const string ScreenTravellers = "screen-travellers";

    /// <summary>Reading screenings and protection records (person-level): immigration staff, scoped to their office.</summary>
    public const string ViewScreenings = "view-screenings";

    /// <summary>
    /// The referral inbox: any signed-in person of any agency, since the services that receive referrals are run by other
    /// agencies; each referral is then shown and answered only by the agency that runs its service (or the referring office).
    /// </summary>
    public const string AnswerReferrals = "answer-referrals";

    /// <summary>The early warning's evaluation (what each rule's alerts led to): headquarters and administrators.</summary>
    public const string ViewEvaluation = "view-evaluation";

    /// <summary>The watch lists: the alert rules' thresholds and destinations, and the modus catalogue. HQ and administrators.</summary>
    public const string EditWatchLists = "edit-watch-lists";

    private static readonly string[] Operations = [Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner];

    /// <summary>
    /// Permissions are role and agency together: every operational policy also requires an immigration account, so an
    /// account of another agency never reaches immigration's operational views, whatever role it was given by mistake.
    /// Only the briefing (aggregates) and the map are open to the other agencies.
    /// </summary>
    public static AuthorizationBuilder AddDashboardPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ImportRatRoutes, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner).RequireImmigration())
        .AddPolicy(ImportRegions, p => p.RequireRole(Roles.Administrator).RequireImmigration())
        .AddPolicy(ImportTravelWays, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner).RequireImmigration())
        .AddPolicy(WatchSituation, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ServiceKeyAuthentication.SchemeName)
            .RequireRole([.. Operations, Roles.Service])
            .RequireImmigration())
        .AddPolicy(ViewSituation, p => p.RequireRole(Operations).RequireImmigration())
        .AddPolicy(HandleAlerts, p => p.RequireRole(Operations).RequireImmigration())
        .AddPolicy(PlanPatrols, p => p.RequireRole(Operations).RequireImmigration())
        .AddPolicy(FileReports, p => p.RequireRole([.. Operations, Roles.FieldOfficer]).RequireImmigration())
        .AddPolicy(ViewReports, p => p.RequireRole([.. Operations, Roles.FieldOfficer]).RequireImmigration())
        .AddPolicy(RecomputeRisk, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst).RequireImmigration())
        .AddPolicy(Administer, p => p.RequireRole(Roles.Administrator).RequireImmigration())
        .AddPolicy(ViewBriefing, p => p.RequireRole([.. Operations, Roles.TimporaMember]))
        .AddPolicy(ViewEvaluation, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst).RequireImmigration())
        .AddPolicy(EditWatchLists, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst).RequireImmigration())
        .AddPolicy(ManageCrossings, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner).RequireImmigration())
        .AddPolicy(ManageVillages, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner).RequireImmigration())
        .AddPolicy(LogOutreach, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner, Roles.FieldOfficer).RequireImmigration())
        .AddPolicy(ViewCases, p => p.RequireRole([.. Operations, Roles.FieldOfficer]).RequireImmigration())
        .AddPolicy(EditCases, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.FieldOfficer).RequireImmigration())
        .AddPolicy(ScreenTravellers, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.FieldOfficer).RequireImmigration())
        .AddPolicy(ViewScreenings, p => p.RequireRole([.. Operations, Roles.FieldOfficer]).RequireImmigration())
        .AddPolicy(AnswerReferrals, p => p.RequireRole(Roles.All))
        .AddPolicy(PublishSituation, p => p
            .AddAuthenticationSchemes(ServiceKeyAuthentication.SchemeName)
            .RequireRole(Roles.Service));

    private static AuthorizationPolicyBuilder RequireImmigration(this AuthorizationPolicyBuilder policy) =>
        policy.RequireClaim(DashboardClaims.Agency, DashboardClaims.Immigration);
}
