using System.Net;
using System.Text.Json;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Npgsql;

namespace Dashboard.Web.Tests.Accounts;

public sealed class HostingTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/api/risk/runs")]
    [InlineData("/health/live")]
    [InlineData("/overview")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var client = await app.SignedInClientAsync("headers-analyst", Roles.HqAnalyst);

        var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_GiveTheImportMapThisResponsesNonce()
    {
        var response = await app.AnonymousClient().GetAsync("/account/login");
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;

        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BehindATlsProxy_CookiesAreSecure_AndHstsIsSent()
    {
        var form = await app.AnonymousClient().GetAsync("/account/login");
        var client = app.AnonymousClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Host", "dasbor.imigrasi.example");

        var response = await client.SendAsync(request);

        Assert.False(form.Headers.Contains("Strict-Transport-Security")); // plain http: no HSTS
        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.True(antiforgery.Contains("secure", StringComparison.OrdinalIgnoreCase), antiforgery);
    }

    [Fact]
    public async Task Health_IsAnonymous_AndReadyOnlyWhileTheDatabaseAnswers()
    {
        var anonymous = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        var ready = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("hangfire").GetProperty("status").GetString());

        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        await AllowConnectionsAsync(database, false);
        try
        {
            await WaitForAsync(async () => (await anonymous.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await AllowConnectionsAsync(database, true);
        }
        await WaitForAsync(async () => (await anonymous.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);
    }

    /// <summary>Closes the test database to new connections and ends the open ones, as a database outage would.</summary>
    private async Task AllowConnectionsAsync(string database, bool allow)
    {
        var admin = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {(allow ? "true" : "false")}", connection))
            await alter.ExecuteNonQueryAsync();
        if (!allow)
        {
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection);
            kill.Parameters.AddWithValue("db", database);
            await kill.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Asks again on each tick until the condition holds: the health answer has no push to wait on, so the test polls
    /// it, and fails with a message (not a hang) when 30 s pass.
    /// </summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            while (!await condition())
                await tick.WaitForNextTickAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("the condition did not hold within 30 s");
        }
    }
}
