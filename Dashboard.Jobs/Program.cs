using Dashboard.Geo.Persistence;
using Dashboard.Jobs;
using Hangfire;
using Npgsql;

// The standalone worker: the same jobs as the web app's in-process server, for scaling out.
// Needs only ConnectionStrings:Dashboard; the web app owns migrations and must have started once.
var builder = Host.CreateApplicationBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Dashboard")
    ?? throw new InvalidOperationException("Connection string 'Dashboard' is not set (ConnectionStrings__Dashboard).");
builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite().Build());
builder.Services.AddDbContextFactory<GeoDbContext>(o => o.UseGeoDatabase(connectionString));
builder.Services.AddDashboardJobs(builder.Configuration, connectionString, runServer: true);

var host = builder.Build();
JobsRegistration.RegisterRecurringJobs(host.Services.GetRequiredService<IRecurringJobManager>(), builder.Configuration);
await host.RunAsync();
