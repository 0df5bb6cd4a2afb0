using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Geo.Persistence;
using Dashboard.Testing;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary>The real app in-process, on its own PostGIS database (one per test class), without the demo world.</summary>
public sealed partial class DashboardApp : IAsyncLifetime
{
    public const string Password = "Test#Pass2026";
    private readonly PostgisDatabaseFixture _database = new();
    private WebApplicationFactory<Program> _factory = null!;

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Dashboard", _database.ConnectionString);
            web.UseSetting("Demo:Seed", "false");
            web.UseEnvironment("Production");
        });
        _ = _factory.Server; // starts the host: migrations run here
    }

    /// <summary>A client that keeps cookies but follows no redirect, for signing in by hand.</summary>
    public HttpClient CookieClient() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient AnonymousClient() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates the user if needed and signs in through the real login form, keeping the cookie.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string role, string agency = DashboardClaims.Immigration)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new ApplicationUser { UserName = userName, DisplayName = userName, Agency = agency };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        }
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<GeoDbContext> GeoAsync() =>
        await Services.GetRequiredService<IDbContextFactory<GeoDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
