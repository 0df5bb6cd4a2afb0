using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Identity;

/// <summary>Named authorization policies, so endpoints say what they allow rather than which roles.</summary>
public static class Policies
{
    public const string ImportRatRoutes = "import-rat-routes";
    public const string ImportRegions = "import-regions";

    public static AuthorizationBuilder AddDashboardPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ImportRatRoutes, p => p.RequireRole(Roles.Administrator, Roles.HqAnalyst, Roles.PatrolPlanner))
        .AddPolicy(ImportRegions, p => p.RequireRole(Roles.Administrator));
}
