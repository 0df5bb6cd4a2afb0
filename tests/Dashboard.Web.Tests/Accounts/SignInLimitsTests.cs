using System.Net;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Accounts;

/// <summary>The app with the sign-in rate limit at a test-sized 8 posts a minute per address.</summary>
public sealed class StrictSignInApp() : DashboardApp(new Dictionary<string, string>
{
    ["Accounts:SignInAttemptsPerWindow"] = "8",
    ["Accounts:SignInWindow"] = "00:01:00",
});

public sealed class SignInLimitsTests(StrictSignInApp app) : IClassFixture<StrictSignInApp>
{
    [Fact]
    public async Task SignIn_AfterTooManyPostsFromOneAddress_IsRefusedWith429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
            statuses.Add((await app.SignInAsync($"nobody-{i}", "apa saja yang salah")).Response.StatusCode);

        Assert.All(statuses.Take(8), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[9]);
        var (client, _) = await app.SignInAsync("nobody", "x");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode); // the form itself is not limited
    }
}

public sealed class LockoutTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_AndTheAnswerIsTheSameAsForAnUnknownName()
    {
        await app.SignedInClientAsync("field-lockout", Roles.FieldOfficer);

        for (var i = 0; i < 5; i++)
            await app.SignInAsync("field-lockout", "bukan kata sandinya");
        var (_, locked) = await app.SignInAsync("field-lockout", DashboardApp.Password);
        var (_, unknown) = await app.SignInAsync("no-such-account", DashboardApp.Password);
        await app.SignedInClientAsync("field-other", Roles.FieldOfficer);
        var (_, wrong) = await app.SignInAsync("field-other", "bukan kata sandinya");

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var lockedError = ErrorOf(await locked.Content.ReadAsStringAsync());
        Assert.Equal(lockedError, ErrorOf(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(lockedError, ErrorOf(await wrong.Content.ReadAsStringAsync()));
    }

    private static string ErrorOf(string html)
    {
        var start = html.IndexOf("data-testid=\"login-error\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no sign-in error shown");
        var from = html.IndexOf('>', start) + 1;
        return html[from..html.IndexOf('<', from)];
    }
}
