using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Web.Alerts;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Web.Tests.Screening.ScreeningFixture;

namespace Dashboard.Web.Tests.Screening;

/// <summary>
/// The repatriation notice raised as an alert in the issuing office's live feed: once, at that office's working area,
/// naming the office and the arrival point only; a resend, even after the alert was resolved, raises nothing more.
/// </summary>
public sealed class RepatriationAlertTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Crossing = "Pelabuhan Batam Centre (uji alert)";

    public async Task InitializeAsync()
    {
        await CrossingAsync(app, "BTC-UJI", Crossing);
        await OfficesAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly DateTimeOffset Arrived = DateTimeOffset.UtcNow.AddHours(-2);

    private static object Body(Guid id, string? issuingOffice) => new
    {
        id, ageGroup = "Age18To20", sex = "Female", groupSize = 2, fromCountry = "KH", mission = "KBRI Phnom Penh", temporaryTravelDocument = true,
        arrivalCrossing = "BTC-UJI", arrivalAt = Arrived, issuingOffice,
    };

    [Fact]
    public async Task ARepatriationWithItsIssuingOffice_RaisesOneMediumAlertAtThatOffice_NamingTheOfficeAndArrivalPointOnly()
    {
        var batam = await app.SignedInClientAsync("petugas-rep-alert", Roles.FieldOfficer, officeCode: Batam);
        var id = Guid.NewGuid();

        var created = await batam.PostAsJsonAsync("/api/repatriations", Body(id, Entikong));
        var resent = await batam.PostAsJsonAsync("/api/repatriations", Body(id, Entikong));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        await using var db = await app.GeoAsync();
        var key = IssuingOfficeNotice.RepatriationKey(id);
        var alert = Assert.Single(await db.Alerts.AsNoTracking().Where(a => a.SubjectKey == key).ToListAsync());
        Assert.Equal(AlertRule.IssuingOfficeNotice, alert.Rule);
        Assert.Equal(AlertSeverity.Medium, alert.Severity);
        Assert.Equal($"Kantor Imigrasi {Entikong} · {Crossing}", alert.SubjectName);
        // At the seat of the issuing office's (Entikong's) regency, not at the arrival point in Batam.
        Assert.Equal(("61", "Kabupaten Sanggau"), (alert.ProvinceCode, alert.RegionName));
        var text = $"{alert.SubjectName} {alert.RegionName} {string.Join(' ', alert.Evidence.Select(e => e.Kind))}";
        foreach (var personal in new[] { "KBRI", "Phnom Penh", "KH", "Female", "Age18To20", id.ToString() })
            Assert.DoesNotContain(personal, text);
        Assert.Equal([AlertEvidence.Crossing], alert.Evidence.Select(e => e.Kind));
    }

    [Fact]
    public async Task AResolvedNoticeAlert_IsNotRaisedAgainByAResend_AndTheNoticeStaysUnacknowledged()
    {
        var batam = await app.SignedInClientAsync("petugas-rep-alert-2", Roles.FieldOfficer, officeCode: Batam);
        var entikong = await app.SignedInClientAsync("petugas-rep-alert-etk", Roles.FieldOfficer, officeCode: Entikong);
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await batam.PostAsJsonAsync("/api/repatriations", Body(id, Entikong))).StatusCode);
        var key = IssuingOfficeNotice.RepatriationKey(id);
        long alertId;
        await using (var db = await app.GeoAsync())
            alertId = await db.Alerts.Where(a => a.SubjectKey == key).Select(a => a.Id).SingleAsync();

        var resolved = await app.Services.GetRequiredService<AlertStore>().ApplyAsync([alertId],
            new AlertCommand(AlertAction.Resolved, "Kantor penerbit sudah memeriksa berkas paspor.", Outcome: AlertOutcome.NoFinding), "kasi-etk", null, default);
        var resent = await batam.PostAsJsonAsync("/api/repatriations", Body(id, Entikong));
        using var record = JsonDocument.Parse(await entikong.GetStringAsync($"/api/repatriations/{id}"));

        Assert.Null(Assert.Single(resolved.Results).Refusal);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        await using (var db = await app.GeoAsync())
            Assert.Equal(AlertStatus.Resolved, Assert.Single(await db.Alerts.AsNoTracking().Where(a => a.SubjectKey == key).ToListAsync()).Status);
        Assert.Equal(JsonValueKind.Null, record.RootElement.GetProperty("noticeAcknowledgedAt").ValueKind);
    }

    [Fact]
    public async Task WithoutAnIssuingOffice_NoAlertIsRaised()
    {
        var batam = await app.SignedInClientAsync("petugas-rep-alert-3", Roles.FieldOfficer, officeCode: Batam);
        var id = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.Created, (await batam.PostAsJsonAsync("/api/repatriations", Body(id, null))).StatusCode);

        await using var db = await app.GeoAsync();
        Assert.False(await db.Alerts.AnyAsync(a => a.SubjectKey == IssuingOfficeNotice.RepatriationKey(id)));
    }

    [Fact]
    public async Task TheNoticeAlert_IsInTheIssuingOfficesFeed_AndNotInTheRecordingOfficesWorkingArea()
    {
        var batam = await app.SignedInClientAsync("petugas-rep-alert-4", Roles.FieldOfficer, officeCode: Batam);
        var etkPlanner = await app.SignedInClientAsync("perencana-rep-etk", Roles.PatrolPlanner, officeCode: Entikong);
        var btmPlanner = await app.SignedInClientAsync("perencana-rep-btm", Roles.PatrolPlanner, officeCode: Batam);
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await batam.PostAsJsonAsync("/api/repatriations", Body(id, Entikong))).StatusCode);
        long alertId;
        await using (var db = await app.GeoAsync())
            alertId = await db.Alerts.Where(a => a.SubjectKey == IssuingOfficeNotice.RepatriationKey(id)).Select(a => a.Id).SingleAsync();

        Assert.Contains(alertId, await IdsAsync(etkPlanner, "/api/alerts"));
        Assert.DoesNotContain(alertId, await IdsAsync(btmPlanner, "/api/alerts"));
        Assert.Contains(alertId, await IdsAsync(btmPlanner, "/api/alerts?scope=national"));
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
    }
}
