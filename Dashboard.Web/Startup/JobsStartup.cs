using Dashboard.Jobs;
using Dashboard.Web.Identity;
using Hangfire;
using Hangfire.Dashboard;

namespace Dashboard.Web.Startup;

public static class JobsStartup
{
    /// <summary>
    /// The queue of the jobs whose classes live in the web app (they read tables only it owns, as the TIMPORA's): a
    /// standalone worker cannot load them, so it never serves this queue.
    /// </summary>
    public const string WebQueue = "web";

    /// <summary>
    /// Hangfire storage always; the job server in-process unless Jobs:RunInProcess is false (a separate worker runs the
    /// jobs), and then a one-worker server for the web app's own queue only.
    /// </summary>
    public static WebApplicationBuilder AddDashboardJobs(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(DatabaseRegistration.ConnectionStringName)!;
        var inProcess = builder.Configuration.GetValue("Jobs:RunInProcess", true);
        builder.Services.AddDashboardJobs(builder.Configuration, connectionString, inProcess, WebQueue);
        if (!inProcess)
            builder.Services.AddHangfireServer(o =>
            {
                o.WorkerCount = 1;
                o.Queues = [WebQueue];
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:web";
            });
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
