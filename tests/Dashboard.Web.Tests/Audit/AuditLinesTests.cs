using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Startup;
using Dashboard.Web.Tests.Api;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dashboard.Web.Tests.Audit;

/// <summary>
/// The audit lines the app writes for each class of access, through the real app over a real PostGIS: reads of case
/// data, exports, refusals and account changes; and the administrators' viewer, its CSV export and its verifier.
/// </summary>
public sealed class AuditLinesTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AFieldOfficerRefusedTheAlerts_AndAnAnonymousCaller_AreAuditedAsRefused()
    {
        var officer = await app.SignedInClientAsync("petugas-refused", Roles.FieldOfficer);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/situation/kpis")).StatusCode);

        var refused = await LinesAsync(e => e.Action == AuditedRefusals.Action);
        var line = Assert.Single(refused, e => e.UserName == "petugas-refused");
        Assert.Equal("GET /api/alerts 403", line.Resource);
        Assert.Equal(AuditOutcome.Refused, line.Outcome);
        Assert.Equal(DashboardClaims.Immigration, line.Agency);
        Assert.Contains(refused, e => e.UserName == "(anonymous)" && e.Resource == "GET /api/situation/kpis 401");
    }

    [Fact]
    public async Task ThePageOfAnotherAgency_RefusedTheLiveView_IsAuditedOnce()
    {
        var member = await app.SignedInClientAsync("polri-live", Roles.TimporaMember, "Polri");

        var page = await member.GetAsync("/live");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var line = Assert.Single(await LinesAsync(e => e.UserName == "polri-live" && e.Action == AuditedRefusals.Action));
        Assert.Equal("GET /live 403", line.Resource);
        Assert.Equal("Polri", line.Agency);
    }

    [Fact]
    public async Task EventsCarryingACaseDerivedAlert_AreAuditedWithTheirCount_AndReachTheAnalystWhole()
    {
        var analyst = await app.SignedInClientAsync("analis-events", Roles.HqAnalyst);
        var after = await SituationEventLog.LatestAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), CancellationToken.None);
        await SituationEventLog.AppendAsync(app.Services.GetRequiredService<NpgsqlDataSource>(),
            [SituationMessage.Draft(MinorsAlert(91), raised: true), SituationMessage.Draft(MinorsAlert(92), raised: true)], CancellationToken.None);

        var events = JsonDocument.Parse(await analyst.GetStringAsync($"/api/situation/events?after={after}")).RootElement;

        Assert.Equal("KH", events[0].GetProperty("alert").GetProperty("subjectName").GetString());
        var line = Assert.Single(await LinesAsync(e => e.UserName == "analis-events" && e.Action == "situation.events.read"));
        Assert.Equal(2, line.Rows);
        Assert.Contains("alerts=91 92", line.Resource);
    }

    [Fact]
    public async Task TheHubsCatchUp_WithACaseDerivedAlert_IsAudited()
    {
        var analyst = await app.SignedInClientAsync("analis-hub", Roles.HqAnalyst);
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        var after = await SituationEventLog.LatestAsync(dataSource, CancellationToken.None);
        await SituationEventLog.AppendAsync(dataSource, [SituationMessage.Draft(MinorsAlert(93), raised: true)], CancellationToken.None);
        await using var hub = app.SituationHub(await DashboardApp.CookieHeaderAsync(analyst));
        await hub.StartAsync();

        var missed = await hub.InvokeAsync<IReadOnlyList<SituationMessage>>("CatchUp", after);

        Assert.Equal(93, Assert.Single(missed).Alert!.Id);
        var line = Assert.Single(await LinesAsync(e => e.UserName == "analis-hub" && e.Action == "situation.catch-up.read"));
        Assert.Equal(1, line.Rows);
        Assert.Contains("alerts=93", line.Resource);
    }

    [Fact]
    public async Task OpeningAnAlertsDetails_IsAudited_EvenWhenThereIsNoSuchAlert()
    {
        var analyst = await app.SignedInClientAsync("analis-details", Roles.HqAnalyst);

        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/alerts/987654")).StatusCode);

        var line = Assert.Single(await LinesAsync(e => e.UserName == "analis-details" && e.Action == "alert.details.read"));
        Assert.Equal("alert 987654", line.Resource);
        Assert.Equal(0, line.Rows);
    }

    [Fact]
    public async Task ABriefingExport_IsAuditedAsAnExport_WithItsRows()
    {
        var member = await app.SignedInClientAsync("polri-export", Roles.TimporaMember, "Polri");

        var csv = await member.GetAsync("/api/briefing/regions.csv?days=28");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var line = Assert.Single(await LinesAsync(e => e.UserName == "polri-export" && e.Action == "export.briefing.csv"));
        Assert.StartsWith("briefing-indonesia-", line.Resource);
        Assert.NotNull(line.Rows);
    }

    [Fact]
    public async Task AnAccountCreated_AndOneRefusedForBadInput_AreAuditedAsAllowedAndFailed()
    {
        var admin = await app.SignedInClientAsync("admin-audit-accounts", Roles.Administrator);

        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "petugas.baru", displayName = "Petugas Baru", role = Roles.FieldOfficer, agency = "Imigrasi" });
        var refused = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "", displayName = "Tanpa Nama", role = Roles.FieldOfficer, agency = "Imigrasi" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var lines = await LinesAsync(e => e.UserName == "admin-audit-accounts" && e.Action == "account.create");
        Assert.Contains(lines, e => e.Outcome == AuditOutcome.Allowed && e.Rows == 1 && e.Resource.StartsWith("user petugas.baru "));
        Assert.Contains(lines, e => e.Outcome == AuditOutcome.Failed && e.Rows == 0 && e.Resource.Contains("invalid=userName"));
    }

    [Fact]
    public async Task TheViewer_FiltersByUserOutcomeActionAndPeriod_AndRefusesAnUnknownOutcomeByName()
    {
        var admin = await app.SignedInClientAsync("admin-viewer", Roles.Administrator);
        var officer = await app.SignedInClientAsync("petugas-viewer", Roles.FieldOfficer);
        await officer.GetAsync("/api/alerts");
        await officer.GetAsync("/api/alerts?hours=6");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var page = JsonDocument.Parse(await admin.GetStringAsync(
            $"/api/admin/audit?user=petugas-viewer&outcome=refused&action=access.&from={today}&to={today}&pageSize=1")).RootElement;
        var yesterday = JsonDocument.Parse(await admin.GetStringAsync(
            $"/api/admin/audit?user=petugas-viewer&to={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}")).RootElement;
        var otherAgency = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/audit?user=petugas-viewer&agency=Polri")).RootElement;
        var bad = await admin.GetAsync("/api/admin/audit?outcome=maybe");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("GET /api/alerts 403", item.GetProperty("resource").GetString()); // newest first: the second request's path has no query
        Assert.Equal(0, yesterday.GetProperty("total").GetInt32());
        Assert.Equal(0, otherAgency.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"outcome\"", await bad.Content.ReadAsStringAsync());
        Assert.NotEmpty(await LinesAsync(e => e.UserName == "admin-viewer" && e.Action == "audit.read"));
    }

    [Fact]
    public async Task TheCsvExport_CarriesTheFilteredLines_AndIsItselfAuditedAsAnExport()
    {
        var admin = await app.SignedInClientAsync("admin-csv", Roles.Administrator);
        var officer = await app.SignedInClientAsync("petugas-csv", Roles.FieldOfficer);
        await officer.GetAsync("/api/situation/kpis");

        var response = await admin.GetAsync("/api/admin/audit/export.csv?user=petugas-csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,at,user,agency,office,client_address,action,resource,rows,outcome,previous_hash,hash", rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Contains(",petugas-csv,Imigrasi,", row);
        Assert.Contains(",access.refused,GET /api/situation/kpis 403,,refused,", row);
        var export = Assert.Single(await LinesAsync(e => e.UserName == "admin-csv" && e.Action == "export.audit.csv"));
        Assert.Equal(1, export.Rows);
        Assert.Equal("user=petugas-csv", export.Resource);
    }

    [Fact]
    public async Task TheVerifier_AnswersAdministratorsOverTheApi_AndTheCommandLineVerbExitsZero()
    {
        var admin = await app.SignedInClientAsync("admin-verify", Roles.Administrator);
        var analyst = await app.SignedInClientAsync("analis-verify", Roles.HqAnalyst);

        var verification = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/audit/verify")).RootElement;
        var refused = await analyst.GetAsync("/api/admin/audit/verify");
        var exitCode = Environment.ExitCode;
        Assert.True(await CommandLine.TryRunAsync(["audit-verify"], app.Services));
        var verbExitCode = Environment.ExitCode;
        Environment.ExitCode = exitCode;

        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        Assert.True(verification.GetProperty("checked").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, verbExitCode);
    }

    private static AlertSnapshot MinorsAlert(long id) => new(id, AlertRule.MinorsToWatchedDestination, AlertSeverity.Critical, AlertStatus.New,
        "KH", 3, "61", "Kabupaten Sambas", 109.3, 1.36, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, null, 1);

    private async Task<List<AccessEvent>> LinesAsync(System.Linq.Expressions.Expression<Func<AccessEvent, bool>> where)
    {
        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        return await audit.AccessEvents.Where(where).OrderBy(e => e.Id).ToListAsync();
    }
}
