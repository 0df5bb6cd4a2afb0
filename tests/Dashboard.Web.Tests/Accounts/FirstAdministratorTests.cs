using System.Net;
using Dashboard.Web.Accounts;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

public sealed class FirstAdministratorTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task CreateAdministrator_GivesAOneTimePassword_ThatClosesEverythingButTheChangeForm()
    {
        var outcome = await app.Services.GetRequiredService<AccountAdministration>().CreateAdministratorAsync("kepala.it");
        Assert.True(outcome.Succeeded);
        var oneTime = Assert.IsType<string>(outcome.OneTimePassword);

        var (client, signIn) = await app.SignInAsync("kepala.it", oneTime);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/change-password", PathOf(signIn));
        var api = await client.GetAsync("/api/risk/runs");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var page = await client.GetAsync("/overview");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/change-password", PathOf(page));

        var changed = await DashboardApp.PostFormAsync(client, "/account/change-password", "change-password", new()
        {
            ["Input.Current"] = oneTime,
            ["Input.New"] = "jembatan merah di pagi hari",
            ["Input.Confirm"] = "jembatan merah di pagi hari",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/overview", PathOf(changed));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/risk/runs")).StatusCode);
        var (_, again) = await app.SignInAsync("kepala.it", oneTime);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // the one-time password is spent: the form shows its error
    }

    [Fact]
    public async Task CreateAdministrator_WithATakenName_IsRefused()
    {
        var accounts = app.Services.GetRequiredService<AccountAdministration>();
        Assert.True((await accounts.CreateAdministratorAsync("admin.dua")).Succeeded);

        var second = await accounts.CreateAdministratorAsync("admin.dua");

        Assert.False(second.Succeeded);
        Assert.Contains("userName", second.Errors.Keys);
    }

    [Fact]
    public async Task ChangePassword_ToACommonOrShortOne_IsRefused()
    {
        var outcome = await app.Services.GetRequiredService<AccountAdministration>().CreateAdministratorAsync("admin.tiga");
        var (client, _) = await app.SignInAsync("admin.tiga", outcome.OneTimePassword!);

        foreach (var weak in new[] { "password1234", "pendek", "aaaaaaaaaaaaaaa", "admin.tiga-2026!" })
        {
            var response = await DashboardApp.PostFormAsync(client, "/account/change-password", "change-password", new()
            {
                ["Input.Current"] = outcome.OneTimePassword!,
                ["Input.New"] = weak,
                ["Input.Confirm"] = weak,
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("data-testid=\"password-error\"", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/risk/runs")).StatusCode);
    }

    [Fact]
    public async Task DemoAccounts_AreDisabled_WhenTheSeedIsOff_AndEnabledAgainWithIt()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().EnsureDemoAccountsAsync();
        var (_, before) = await app.SignInAsync("petugas", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().DisableDemoAccountsAsync();
        var (_, off) = await app.SignInAsync("petugas", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await off.Content.ReadAsStringAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.FindByNameAsync("analis"))!.IsDisabled);
            await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().EnsureDemoAccountsAsync();
        }
        var (_, on) = await app.SignInAsync("petugas", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
    }

    private static string PathOf(HttpResponseMessage redirect) =>
        new Uri(new Uri("http://localhost"), redirect.Headers.Location!).AbsolutePath;
}
