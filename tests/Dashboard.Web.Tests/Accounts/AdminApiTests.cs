using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

public sealed class AdminApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AnAccount_IsCreatedEditedResetDisabledAndEnabled_EachStepAudited()
    {
        var admin = await app.SignedInClientAsync("admin-accounts", Roles.Administrator);
        var office = await admin.PutAsJsonAsync("/api/admin/offices/KANIM-ENT", new { name = "Kantor Imigrasi Entikong", kind = "Kanim", regencyCodes = new[] { "61.05", "61.07" } });
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);

        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "planner.ent", displayName = "Perencana Entikong", role = Roles.PatrolPlanner, agency = "Imigrasi", officeCode = "KANIM-ENT" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("account").GetProperty("id").GetString()!;
        var oneTime = body.GetProperty("oneTimePassword").GetString()!;
        Assert.Equal("Kantor Imigrasi Entikong", body.GetProperty("account").GetProperty("officeName").GetString());
        Assert.True(body.GetProperty("account").GetProperty("mustChangePassword").GetBoolean());

        var edited = await admin.PutAsJsonAsync($"/api/admin/users/{id}",
            new { displayName = "Perencana Patroli Entikong", role = Roles.HqAnalyst, agency = "Imigrasi", officeCode = "KANIM-ENT" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(Roles.HqAnalyst, JsonDocument.Parse(await edited.Content.ReadAsStringAsync()).RootElement.GetProperty("role").GetString());

        var reset = await admin.PostCommandAsync($"/api/admin/users/{id}/reset-password");
        var newOneTime = JsonDocument.Parse(await reset.Content.ReadAsStringAsync()).RootElement.GetProperty("oneTimePassword").GetString();
        Assert.NotEqual(oneTime, newOneTime);
        var (_, oldPassword) = await app.SignInAsync("planner.ent", oneTime);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode); // refused: the form again

        Assert.Equal(HttpStatusCode.OK, (await admin.PostCommandAsync($"/api/admin/users/{id}/disable")).StatusCode);
        var (_, whileDisabled) = await app.SignInAsync("planner.ent", newOneTime!);
        Assert.Equal(HttpStatusCode.OK, whileDisabled.StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?disabled=true&office=KANIM-ENT");
        Assert.Equal("planner.ent", Assert.Single(listed.EnumerateArray()).GetProperty("userName").GetString());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostCommandAsync($"/api/admin/users/{id}/enable")).StatusCode);
        var (_, enabled) = await app.SignInAsync("planner.ent", newOneTime!);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        var factory = app.Services.GetRequiredService<IDbContextFactory<AuditDb>>();
        await using var audit = await factory.CreateDbContextAsync();
        var lines = await audit.AccessEvents.Where(e => e.UserName == "admin-accounts").OrderBy(e => e.Id).Select(e => e.Action + " " + e.Resource).ToListAsync();
        Assert.Contains(lines, l => l.StartsWith("office.save office KANIM-ENT kind=Kanim regencies=61.05 61.07", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("account.create user planner.ent role=PatrolPlanner agency=Imigrasi office=KANIM-ENT", StringComparison.Ordinal));
        Assert.Contains("account.update user planner.ent role=HqAnalyst agency=Imigrasi office=KANIM-ENT", lines);
        Assert.Contains("account.reset-password user planner.ent", lines);
        Assert.Contains("account.disable user planner.ent", lines);
        Assert.Contains("account.enable user planner.ent", lines);
    }

    [Fact]
    public async Task BadInput_IsAProblemNamingEachField()
    {
        var admin = await app.SignedInClientAsync("admin-bad-input", Roles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "bad name!", displayName = "", role = "Boss", agency = "Polri", officeCode = "NOPE" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "userName", "displayName", "role", "officeCode" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        var office = await admin.PutAsJsonAsync("/api/admin/offices/TPI-X", new { name = "TPI X", kind = "Pos", regencyCodes = new[] { "6105" } });
        var officeErrors = JsonDocument.Parse(await office.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(officeErrors.TryGetProperty("kind", out _));
        Assert.True(officeErrors.TryGetProperty("regencyCodes", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostCommandAsync("/api/admin/users/no-such-id/disable")).StatusCode);
    }

    [Fact]
    public async Task Administration_IsRefused_ToOtherRolesAndToAdministratorsOfOtherAgencies()
    {
        var analyst = await app.SignedInClientAsync("analyst-admin-api", Roles.HqAnalyst);
        var polriAdmin = await app.SignedInClientAsync("polri-admin", Roles.Administrator, agency: "Polri");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await polriAdmin.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await polriAdmin.GetAsync("/api/admin/offices")).StatusCode);
    }

    [Fact]
    public async Task LockedAccount_IsUnlockedByAnAdministrator()
    {
        var admin = await app.SignedInClientAsync("admin-unlock", Roles.Administrator);
        await app.SignedInClientAsync("locked-out", Roles.FieldOfficer);
        for (var i = 0; i < 5; i++)
            await app.SignInAsync("locked-out", "salah sekali kata sandinya");
        var (_, locked) = await app.SignInAsync("locked-out", DashboardApp.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var account = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?search=locked-out")).EnumerateArray().Single();
        Assert.True(account.GetProperty("lockedOut").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostCommandAsync($"/api/admin/users/{account.GetProperty("id").GetString()}/unlock")).StatusCode);

        var (_, unlocked) = await app.SignInAsync("locked-out", DashboardApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
    }
}
