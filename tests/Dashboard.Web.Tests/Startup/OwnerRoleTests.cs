using System.Net;
using System.Net.Http.Json;
using Dashboard.Jobs.Referrals;
using Dashboard.Testing;
using Dashboard.Web.Identity;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dashboard.Web.Tests.Startup;

/// <summary>
/// The production split of the README's Deploy section: an owner role runs the migrations (ConnectionStrings:Migrations)
/// and the app connects as a role that only reads and writes rows. The app must work whole on that role (accounts,
/// the audit log, the background jobs) and the role must not be able to change the schema or the audit log.
/// </summary>
public sealed class OwnerRoleTests : IAsyncLifetime
{
    private const string Password = "Owner#Split2026";
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private PostgisDatabase _database = null!;
    private WebApplicationFactory<Program> _factory = null!;

    private string OwnerRole => $"owner_{_suffix}";
    private string AppRole => $"app_{_suffix}";
    private string OwnerConnection => As(OwnerRole);
    private string AppConnection => As(AppRole);

    public async Task InitializeAsync()
    {
        _database = await PostgisDatabase.CreateAsync();
        // What the README has the PostgreSQL superuser do once, before the first start.
        await ExecuteAsync(_database.ConnectionString, $"""
            CREATE ROLE {OwnerRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
            CREATE ROLE {AppRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dashboard_audit_writer') THEN CREATE ROLE dashboard_audit_writer NOLOGIN; END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$;
            GRANT dashboard_audit_writer TO {OwnerRole};
            GRANT dashboard_audit_writer TO {AppRole};
            ALTER DATABASE {_database.Name} OWNER TO {OwnerRole};
            DO $$ BEGIN
                IF EXISTS (SELECT FROM pg_available_extensions WHERE name = 'pgrouting') THEN CREATE EXTENSION IF NOT EXISTS pgrouting; END IF;
            END $$;
            """);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Dashboard", AppConnection);
            web.UseSetting("ConnectionStrings:Migrations", OwnerConnection);
            web.UseSetting("Demo:Seed", "false");
            web.UseSetting("Accounts:SignInAttemptsPerWindow", "10000");
            web.UseEnvironment("Production");
        });
        _ = _factory.Server;
    }

    [Fact]
    public async Task EverySchemaBelongsToTheOwner_AndTheAppsRoleMayOnlyReadAndWriteRows()
    {
        var owners = await ListAsync(_database.ConnectionString, """
            SELECT DISTINCT tableowner FROM pg_tables
            WHERE schemaname IN ('geo', 'identity', 'timpora', 'screening', 'audit', 'hangfire')
            """);
        Assert.Equal([OwnerRole], owners);

        var tables = await ListAsync(_database.ConnectionString,
            "SELECT DISTINCT schemaname FROM pg_tables WHERE schemaname IN ('geo', 'identity', 'timpora', 'screening', 'audit', 'hangfire') ORDER BY 1");
        Assert.Equal(["audit", "geo", "hangfire", "identity", "screening", "timpora"], tables);

        await AssertRefusedAsync("DROP TABLE geo.field_reports");
        await AssertRefusedAsync("ALTER TABLE identity.\"AspNetUsers\" ADD COLUMN x int");
        await AssertRefusedAsync("CREATE TABLE geo.smuggled (id int)");
        await AssertRefusedAsync("TRUNCATE geo.border_crossings");
        await AssertRefusedAsync("DELETE FROM audit.access_events");
        await AssertRefusedAsync("UPDATE audit.access_events SET outcome = 'x'");
        // As the writer it may read and add audit lines, still nothing more.
        await AssertRefusedAsync("SET ROLE dashboard_audit_writer; DELETE FROM audit.access_events");
    }

    [Fact]
    public async Task TheAppWorksWholeOnItsOwnRole_SigningIn_Auditing_AndRunningJobs()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = "analis.pusat", DisplayName = "Analis Pusat", Agency = DashboardClaims.Immigration };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.HqAnalyst)).Succeeded);
        }
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await Api.DashboardApp.PostFormAsync(client, "/account/login", "login", new()
        {
            ["Input.UserName"] = "analis.pusat",
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var alerts = await client.GetAsync("/api/alerts");
        Assert.Equal(HttpStatusCode.OK, alerts.StatusCode);
        var cases = await client.GetAsync("/api/cases"); // a case-level read, audited
        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        var audited = await ListAsync(_database.ConnectionString, "SELECT DISTINCT user_name FROM audit.access_events WHERE user_name = 'analis.pusat'");
        Assert.Equal(["analis.pusat"], audited);

        // A job through Hangfire's storage on the app's role: enqueued, fetched and run by the in-process server, which
        // runs the real referral sweep inside it; the job itself says when it is done, so nothing is polled.
        var key = Guid.NewGuid();
        var done = SignallingJob.Expect(key);
        _factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<SignallingJob>(job => job.RunAsync(key, CancellationToken.None));
        Assert.Equal(0, await done.WaitAsync(TimeSpan.FromSeconds(60)));
    }

    /// <summary>Runs the real referral job and reports its result to the test that enqueued it.</summary>
    public sealed class SignallingJob(UnansweredReferralJob referrals)
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource<int>> Waiting = new();

        public static Task<int> Expect(Guid key) =>
            Waiting.GetOrAdd(key, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public async Task RunAsync(Guid key, CancellationToken cancellationToken)
        {
            try
            {
                var flagged = await referrals.RunAsync(cancellationToken);
                Waiting.GetOrAdd(key, _ => new()).TrySetResult(flagged);
            }
            catch (Exception e)
            {
                Waiting.GetOrAdd(key, _ => new()).TrySetException(e);
                throw;
            }
        }
    }

    private async Task AssertRefusedAsync(string sql)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(AppConnection, sql));
        Assert.Contains(error.SqlState, new[] { PostgresErrorCodes.InsufficientPrivilege, "42501" });
    }

    private string As(string role) =>
        new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = role }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ListAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(reader.GetString(0));
        return values;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
        await ExecuteAsync(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = "postgres" }.ConnectionString,
            $"DROP ROLE IF EXISTS {AppRole}; DROP ROLE IF EXISTS {OwnerRole}");
    }
}
