using Dashboard.Jobs;
using Dashboard.Web.Identity;
using Hangfire;
using Hangfire.Dashboard;

namespace Dashboard.Web.Startup;

public static class JobsStartup
{
    /// <summary>Hangfire storage always; the job server in-process unless Jobs:RunInProcess is false (a separate worker runs them).</summary>
    public static WebApplicationBuilder AddDashboardJobs(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(DatabaseRegistration.ConnectionStringName)!;
        builder.Services.AddDashboardJobs(builder.Configuration, connectionString, builder.Configuration.GetValue("Jobs:RunInProcess", true));
        return builder;
    }

    /// <summary>The Hangfire dashboard at /hangfire, for administrators only.</summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Administer);
        return app;
    }

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Administrator);
    }
}
