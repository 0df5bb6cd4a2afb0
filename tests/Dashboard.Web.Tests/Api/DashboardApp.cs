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
public partial class DashboardApp : IAsyncLifetime
{
    public const string Password = "Test#Pass2026";
    private readonly PostgisDatabaseFixture _database = new();
    private readonly IReadOnlyDictionary<string, string> _settings;
    private WebApplicationFactory<Program> _factory = null!;

    /// <summary>
    /// The sign-in rate limit is raised far out of the way: a test class signs in many accounts from one address.
    /// Fixtures that test it pass their own settings.
    /// </summary>
    public DashboardApp() : this(new Dictionary<string, string> { ["Accounts:SignInAttemptsPerWindow"] = "10000" })
    {
    }

    protected DashboardApp(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    public string ConnectionString => _database.ConnectionString;

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Dashboard", _database.ConnectionString);
            web.UseSetting("Demo:Seed", "false");
            web.UseEnvironment("Production");
            foreach (var (key, value) in _settings)
                web.UseSetting(key, value);
        });
        _ = _factory.Server; // starts the host: migrations run here
    }

    /// <summary>A client that keeps cookies but follows no redirect, for signing in by hand.</summary>
    public HttpClient CookieClient() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient AnonymousClient() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates the user if needed and signs in through the real login form, keeping the cookie.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string role, string agency = DashboardClaims.Immigration, string? officeCode = null)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new ApplicationUser { UserName = userName, DisplayName = userName, Agency = agency, OfficeCode = officeCode };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        }
        var (client, response) = await SignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the real login form with any password; the client keeps whatever cookie it got.</summary>
    public async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(string userName, string password, HttpClient? client = null)
    {
        client ??= CookieClient();
        var response = await PostFormAsync(client, "/account/login", "login", new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return (client, response);
    }

    /// <summary>
    /// Fetches a static form page for its antiforgery token, then posts the fields to it (or to <paramref name="target"/>,
    /// an endpoint such as /account/logout whose form lives on every page).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields,
        string? target = null)
    {
        var form = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value;
        fields["_handler"] = handler;
        return await client.PostAsync(target ?? path, new FormUrlEncodedContent(fields));
    }

    public async Task<GeoDbContext> GeoAsync() =>
        await Services.GetRequiredService<IDbContextFactory<GeoDbContext>>().CreateDbContextAsync();

    /// <summary>The account id of a user made by <see cref="SignedInClientAsync"/>.</summary>
    public async Task<string> UserIdAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
