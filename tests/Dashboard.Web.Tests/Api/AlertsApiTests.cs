using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Jobs.Alerts;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dashboard.Web.Tests.Api;

/// <summary>Reports in, alerts out: the rules, the life cycle, its audit trail and the event log, against real PostGIS.</summary>
public sealed class AlertsApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static object Report(string kind, double lon, double lat, string grading = "B2", string? crossing = null) => new
    {
        idempotencyKey = Guid.NewGuid().ToString(),
        kind,
        longitude = lon,
        latitude = lat,
        observedAt = DateTimeOffset.UtcNow.AddMinutes(-30),
        category = "uji",
        sourceReliability = grading[..1],
        informationCredibility = int.Parse(grading[1..]),
        text = "Rombongan tanpa dokumen kerja.",
        peopleCount = kind == "CheckpointOffloading" ? 2 : (int?)null,
        crossingCode = crossing,
    };

    /// <summary>The alerts of a subject once the rules have judged every report posted so far.</summary>
    private async Task<List<Alert>> AlertsAsync(string subjectKey)
    {
        await app.Services.GetRequiredService<ReportAlertQueue>().IdleAsync();
        await using var db = await app.GeoAsync();
        return await db.Alerts.Include(a => a.Activities).Where(a => a.SubjectKey == subjectKey).ToListAsync();
    }

    [Fact]
    public async Task ThirdOffloadingAtOneCheckpointWithin24h_RaisesOneAlert_AndAFourthAddsEvidenceToIt()
    {
        (Geo.Domain.Crossings.BorderCrossing port, _) = await WorldAsync("cluster");
        var officer = await app.SignedInClientAsync("petugas-cluster", Roles.FieldOfficer);
        var subject = $"offloading:{port.Id}";

        for (var i = 0; i < 2; i++)
            (await officer.PostAsJsonAsync("/api/reports", Report("CheckpointOffloading", port.Location.X, port.Location.Y, crossing: port.Code))).EnsureSuccessStatusCode();
        Assert.Empty(await AlertsAsync(subject));

        (await officer.PostAsJsonAsync("/api/reports", Report("CheckpointOffloading", port.Location.X, port.Location.Y, crossing: port.Code))).EnsureSuccessStatusCode();
        var raised = Assert.Single(await AlertsAsync(subject));
        Assert.Equal(AlertRule.OffloadingCluster, raised.Rule);
        Assert.Equal(3, raised.Count);
        Assert.Equal(3, raised.Evidence.Count(e => e.Kind == AlertEvidence.Report));
        Assert.Equal("21", raised.ProvinceCode);
        Assert.Equal("Kota Batam", raised.RegionName);

        // No crossing code, but 300 m from the port: it still counts for that checkpoint.
        (await officer.PostAsJsonAsync("/api/reports", Report("CheckpointOffloading", port.Location.X + 0.002, port.Location.Y + 0.002))).EnsureSuccessStatusCode();
        var grown = Assert.Single(await AlertsAsync(subject));
        Assert.Equal(raised.Id, grown.Id);
        Assert.Equal(4, grown.Count);
        Assert.Equal(4, grown.Evidence.Count(e => e.Kind == AlertEvidence.Report));
        Assert.Equal([AlertAction.Raised, AlertAction.EvidenceAdded], grown.Activities.OrderBy(a => a.Id).Select(a => a.Action));

        var events = await EventsAsync(raised.Id);
        Assert.Equal([SituationEventType.AlertRaised, SituationEventType.AlertChanged], events.Select(e => e.Type));
        Assert.True(events[0].Sequence < events[1].Sequence);
    }

    [Fact]
    public async Task CredibleReportNearAnActiveRatRoute_RaisesAnAlert_ButAnImprobableOneDoesNot()
    {
        var (_, route) = await WorldAsync("route");
        var officer = await app.SignedInClientAsync("petugas-route", Roles.FieldOfficer);
        // About 1 km off the route's middle; and 30 km away for the control.
        var middle = route.Path.Centroid;
        var near = await PostAsync(officer, Report("PatrolSighting", middle.X + 0.006, middle.Y - 0.006, "B2"));
        var improbable = await PostAsync(officer, Report("PatrolSighting", middle.X + 0.006, middle.Y - 0.006, "E5"));
        var far = await PostAsync(officer, Report("PatrolSighting", middle.X + 0.2, middle.Y + 0.2, "A1"));

        var alert = Assert.Single(await AlertsAsync($"report:{near}"));
        Assert.Equal(AlertRule.ReportNearRatRoute, alert.Rule);
        Assert.Equal(route.LocalName, alert.SubjectName);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.InRange(alert.Count, 500, 1500);
        Assert.Contains(alert.Evidence, e => e.Kind == AlertEvidence.RatRoute && e.Id == route.Id);
        Assert.Empty(await AlertsAsync($"report:{improbable}"));
        Assert.Empty(await AlertsAsync($"report:{far}"));
    }

    [Fact]
    public async Task AnAlert_GoesThroughItsWholeLifeCycle_WithAnAuditTrailOfWhoDidWhat()
    {
        var id = await RaiseClusterAsync("life");
        var analyst = await app.SignedInClientAsync("analis-life", Roles.HqAnalyst);
        var planner = await app.SignedInClientAsync("perencana-life", Roles.PatrolPlanner);

        await ActAsync(analyst, id, new { action = "acknowledge" }, HttpStatusCode.OK);
        var listed = await analyst.GetFromJsonAsync<JsonElement>($"/api/alerts?status=Acknowledged");
        var mine = listed.EnumerateArray().Single(a => a.GetProperty("id").GetInt64() == id);
        Assert.Equal("analis-life", mine.GetProperty("handledBy").GetString());
        await ActAsync(planner, id, new { action = "comment", note = "Tim patroli laut siaga." }, HttpStatusCode.OK);
        await ActAsync(analyst, id, new { action = "assign", assignedTo = "Kanim Batam" }, HttpStatusCode.OK);
        var noOutcome = await ActAsync(planner, id, new { action = "resolve", note = "Rombongan dicegah." }, HttpStatusCode.BadRequest);
        Assert.True(noOutcome.GetProperty("errors").TryGetProperty("outcome", out _));
        var badOutcome = await ActAsync(planner, id, new { action = "resolve", note = "Rombongan dicegah.", outcome = "berhasil" }, HttpStatusCode.BadRequest);
        Assert.Contains("victims-intercepted", badOutcome.GetProperty("errors").GetProperty("outcome")[0].GetString());
        await ActAsync(planner, id, new { action = "resolve", note = "Rombongan dicegah; dua calo diserahkan ke Polda.", outcome = "victims-intercepted" }, HttpStatusCode.OK);

        var again = await ActAsync(analyst, id, new { action = "dismiss", note = "x" }, HttpStatusCode.Conflict);
        Assert.Contains("resolved", again.GetProperty("detail").GetString());
        var comment = await ActAsync(analyst, id, new { action = "comment", note = "Ditutup pada rapat TIMPORA." }, HttpStatusCode.OK);
        Assert.Equal("Resolved", comment.GetProperty("status").GetString());

        var details = await analyst.GetFromJsonAsync<JsonElement>($"/api/alerts/{id}");
        Assert.Equal("Rombongan dicegah; dua calo diserahkan ke Polda.", details.GetProperty("resolution").GetString());
        Assert.Equal("VictimsIntercepted", details.GetProperty("outcome").GetString());
        var trail = details.GetProperty("activities").EnumerateArray()
            .Select(a => (a.GetProperty("action").GetString(), a.GetProperty("actor").GetString())).ToList();
        Assert.Equal(
            [("Raised", "system"), ("Acknowledged", "analis-life"), ("Commented", "perencana-life"), ("Assigned", "analis-life"),
             ("Resolved", "perencana-life"), ("Commented", "analis-life")],
            trail);
        var assigned = details.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("action").GetString() == "Assigned");
        Assert.Equal("Kanim Batam", assigned.GetProperty("assignedTo").GetString());

        var changes = await EventsAsync(id);
        Assert.Equal(6, changes.Count); // raised, then one change per applied action
        Assert.Equal(AlertStatus.Resolved, changes[^1].Alert!.Status);
    }

    [Fact]
    public async Task BadActions_AreProblemDetailsNamingTheField_AndChangeNothing()
    {
        var id = await RaiseClusterAsync("bad");
        var analyst = await app.SignedInClientAsync("analis-bad", Roles.HqAnalyst);

        var noReason = await ActAsync(analyst, id, new { action = "dismiss" }, HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("note", out _));
        var noAssignee = await ActAsync(analyst, id, new { action = "assign", assignedTo = " " }, HttpStatusCode.BadRequest);
        Assert.True(noAssignee.GetProperty("errors").TryGetProperty("assignedTo", out _));
        var unknown = await ActAsync(analyst, id, new { action = "escalate" }, HttpStatusCode.BadRequest);
        Assert.Contains("acknowledge", unknown.GetProperty("errors").GetProperty("action")[0].GetString());
        await ActAsync(analyst, 987654321, new { action = "acknowledge" }, HttpStatusCode.NotFound);
        var filter = await analyst.GetAsync("/api/alerts?severity=Apocalyptic&hours=5");
        Assert.Equal(HttpStatusCode.BadRequest, filter.StatusCode);
        var problem = await filter.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("severity", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("hours", out _));

        await using var db = await app.GeoAsync();
        var alert = await db.Alerts.Include(a => a.Activities).SingleAsync(a => a.Id == id);
        Assert.Equal(AlertStatus.New, alert.Status);
        Assert.Single(alert.Activities);
    }

    [Fact]
    public async Task BulkAcknowledge_ChangesTheOpenAlerts_AndSaysWhichItCouldNot()
    {
        var first = await RaiseClusterAsync("bulk1");
        var second = await RaiseClusterAsync("bulk2");
        var closed = await RaiseClusterAsync("bulk3");
        var analyst = await app.SignedInClientAsync("analis-bulk", Roles.HqAnalyst);
        await ActAsync(analyst, closed, new { action = "dismiss", note = "Latihan, bukan kejadian nyata." }, HttpStatusCode.OK);

        var response = await analyst.PostAsJsonAsync("/api/alerts/actions", new { action = "acknowledge", ids = new[] { first, second, closed } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("applied").GetInt32());
        Assert.Equal(1, body.GetProperty("refused").GetInt32());
        var refused = body.GetProperty("results").EnumerateArray().Single(r => !r.GetProperty("applied").GetBoolean());
        Assert.Equal(closed, refused.GetProperty("id").GetInt64());

        await using var db = await app.GeoAsync();
        var statuses = await db.Alerts.Where(a => a.Id == first || a.Id == second || a.Id == closed).ToDictionaryAsync(a => a.Id, a => a.Status);
        Assert.Equal(AlertStatus.Acknowledged, statuses[first]);
        Assert.Equal(AlertStatus.Acknowledged, statuses[second]);
        Assert.Equal(AlertStatus.Dismissed, statuses[closed]);
    }

    [Fact]
    public async Task OnlyImmigrationOperationsStaff_SeeAndHandleAlerts()
    {
        var id = await RaiseClusterAsync("roles");
        var officer = await app.SignedInClientAsync("petugas-roles", Roles.FieldOfficer);
        var timpora = await app.SignedInClientAsync("polri-roles", Roles.TimporaMember, agency: "Polri");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/alerts/{id}/actions", new { action = "acknowledge" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await timpora.GetAsync("/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await timpora.GetAsync("/api/situation/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/alerts")).StatusCode);
    }

    private async Task<(Geo.Domain.Crossings.BorderCrossing, Geo.Domain.RatRoutes.RatRoute)> WorldAsync(string suffix)
    {
        await using var db = await app.GeoAsync();
        return await AlertWorld.EnsureAsync(db, suffix);
    }

    private async Task<long> RaiseClusterAsync(string suffix)
    {
        var (port, _) = await WorldAsync(suffix);
        var officer = await app.SignedInClientAsync($"petugas-{suffix}", Roles.FieldOfficer);
        for (var i = 0; i < 3; i++)
            await PostAsync(officer, Report("CheckpointOffloading", port.Location.X, port.Location.Y, crossing: port.Code));
        return Assert.Single(await AlertsAsync($"offloading:{port.Id}")).Id;
    }

    private static async Task<long> PostAsync(HttpClient client, object report)
    {
        var response = await client.PostAsJsonAsync("/api/reports", report);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> ActAsync(HttpClient client, long id, object body, HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync($"/api/alerts/{id}/actions", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<List<SituationMessage>> EventsAsync(long alertId)
    {
        var all = await SituationEventLog.ReadAfterAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), 0, SituationEventLog.MaxRead, CancellationToken.None);
        return [.. all.Where(e => e.Alert?.Id == alertId)];
    }
}
