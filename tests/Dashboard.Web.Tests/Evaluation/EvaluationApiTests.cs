using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Evaluation;

/// <summary>What alerts led to, per rule, for headquarters: counted from the outcomes people chose when closing them.</summary>
public sealed class EvaluationApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    // A month nothing else in the suite raises alerts in, so the figures are exactly the ones made here.
    private static readonly DateTimeOffset March = new(2024, 3, 4, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task AlertsOfAPeriod_AreCountedByRuleAndOutcome_WithMedianTimesToTakeUpAndToClose()
    {
        await using (var db = await app.GeoAsync())
        {
            db.Alerts.AddRange(
                Alert(AlertRule.OffloadingCluster, "eval:1", March, takenUpAfter: 2, closedAfter: 10, AlertStatus.Resolved, AlertOutcome.VictimsIntercepted),
                Alert(AlertRule.OffloadingCluster, "eval:2", March.AddDays(1), takenUpAfter: 4, closedAfter: 20, AlertStatus.Resolved, AlertOutcome.NoFinding),
                Alert(AlertRule.OffloadingCluster, "eval:3", March.AddDays(2), takenUpAfter: 6, closedAfter: 30, AlertStatus.Dismissed, AlertOutcome.FalseAlarm),
                Alert(AlertRule.OffloadingCluster, "eval:4", March.AddDays(3), takenUpAfter: null, closedAfter: null, AlertStatus.New, null),
                Alert(AlertRule.ReportNearRatRoute, "eval:5", March.AddDays(4), takenUpAfter: 1, closedAfter: 5, AlertStatus.Dismissed, null),
                // Raised the day after the period: not counted.
                Alert(AlertRule.OffloadingCluster, "eval:6", new DateTimeOffset(2024, 4, 1, 0, 30, 0, TimeSpan.FromHours(7)), 1, 2, AlertStatus.Resolved, AlertOutcome.CaseOpened));
            await db.SaveChangesAsync();
        }
        var analyst = await app.SignedInClientAsync("analis-evaluation", Roles.HqAnalyst);

        var answer = await analyst.GetFromJsonAsync<JsonElement>("/api/evaluation/alerts?from=2024-03-01&to=2024-03-31");

        var rules = answer.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!);
        var offloading = rules[nameof(AlertRule.OffloadingCluster)];
        Assert.Equal(4, offloading.GetProperty("raised").GetInt32());
        Assert.Equal(1, offloading.GetProperty("open").GetInt32());
        Assert.Equal(3, offloading.GetProperty("closed").GetInt32());
        var outcomes = offloading.GetProperty("outcomes");
        Assert.Equal(1, outcomes.GetProperty(nameof(AlertOutcome.VictimsIntercepted)).GetInt32());
        Assert.Equal(1, outcomes.GetProperty(nameof(AlertOutcome.NoFinding)).GetInt32());
        Assert.Equal(1, outcomes.GetProperty(nameof(AlertOutcome.FalseAlarm)).GetInt32());
        Assert.False(outcomes.TryGetProperty(nameof(AlertOutcome.CaseOpened), out _));
        Assert.Equal(1.0 / 3, offloading.GetProperty("findingShare").GetDouble(), 6);
        Assert.Equal(4.0, offloading.GetProperty("medianHoursToAcknowledge").GetDouble()); // of 2, 4 and 6 hours
        Assert.Equal(20.0, offloading.GetProperty("medianHoursToClose").GetDouble());      // of 10, 20 and 30 hours
        var route = rules[nameof(AlertRule.ReportNearRatRoute)];
        Assert.Equal(1, route.GetProperty("closedWithoutOutcome").GetInt32());
        Assert.Equal(JsonValueKind.Null, route.GetProperty("findingShare").ValueKind);
    }

    [Fact]
    public async Task AnOffice_IsEvaluatedOnTheAlertsOfItsWorkingArea()
    {
        await Screening.ScreeningFixture.OfficesAsync(app); // Batam covers 21.71, Entikong 61.03; no boundaries: by province
        var june = new DateTimeOffset(2024, 6, 3, 8, 0, 0, TimeSpan.FromHours(7));
        await using (var db = await app.GeoAsync())
        {
            var batam = Alert(AlertRule.OffloadingCluster, "eval-office:1", june, 1, 3, AlertStatus.Resolved, AlertOutcome.VictimsIntercepted);
            var sanggau = Alert(AlertRule.OffloadingCluster, "eval-office:2", june.AddDays(1), 2, 4, AlertStatus.Resolved, AlertOutcome.NoFinding);
            sanggau.ProvinceCode = "61";
            sanggau.Location = Geometries.Point(110.6, 0.12);
            db.Alerts.AddRange(batam, sanggau);
            await db.SaveChangesAsync();
        }
        var analyst = await app.SignedInClientAsync("analis-evaluation-office", Roles.HqAnalyst);

        var all = await analyst.GetFromJsonAsync<JsonElement>("/api/evaluation/alerts?from=2024-06-01&to=2024-06-30");
        var ofBatam = await analyst.GetFromJsonAsync<JsonElement>($"/api/evaluation/alerts?from=2024-06-01&to=2024-06-30&office={Screening.ScreeningFixture.Batam}");
        var unknown = await analyst.GetAsync("/api/evaluation/alerts?from=2024-06-01&to=2024-06-30&office=NOPE");

        int Raised(JsonElement answer) => answer.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == nameof(AlertRule.OffloadingCluster)).GetProperty("raised").GetInt32();
        Assert.Equal(2, Raised(all));
        Assert.Equal(1, Raised(ofBatam));
        Assert.Equal(Screening.ScreeningFixture.Batam, ofBatam.GetProperty("office").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("office", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnotherAgency_IsRefused_AndBadPeriodsNameTheField()
    {
        var polri = await app.SignedInClientAsync("polri-evaluation", Roles.TimporaMember, agency: "Polri");
        var planner = await app.SignedInClientAsync("perencana-evaluation", Roles.PatrolPlanner);
        var analyst = await app.SignedInClientAsync("analis-evaluation-bad", Roles.HqAnalyst);

        Assert.Equal(HttpStatusCode.Forbidden, (await polri.GetAsync("/api/evaluation/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.GetAsync("/api/evaluation/alerts")).StatusCode);
        foreach (var (query, field) in new[] { ("from=2024-05-01&to=2024-04-01", "from"), ("from=0001-01-01", "from"), ("from=2020-01-01&to=2024-01-01", "from"), ("from=nope", "from") })
        {
            var response = await analyst.GetAsync($"/api/evaluation/alerts?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase)), $"{query}: {problem}");
        }
    }

    private static Alert Alert(AlertRule rule, string key, DateTimeOffset raised, double? takenUpAfter, double? closedAfter, AlertStatus status, AlertOutcome? outcome)
    {
        raised = raised.ToUniversalTime(); // timestamptz takes UTC instants
        var alert = new Alert
        {
            Rule = rule, Severity = AlertSeverity.High, Status = status, SubjectKey = key, SubjectName = "Uji evaluasi", Count = 3,
            RaisedAt = raised, UpdatedAt = raised, Location = Geometries.Point(104.0, 1.1), ProvinceCode = "21", RegionName = "Kota Batam",
            Outcome = outcome, Resolution = closedAfter is null ? null : "uji",
        };
        alert.Activities.Add(new AlertActivity { At = raised, Action = AlertAction.Raised, Actor = "system" });
        if (takenUpAfter is { } up)
            alert.Activities.Add(new AlertActivity { At = raised.AddHours(up), Action = AlertAction.Acknowledged, Actor = "analis" });
        if (closedAfter is { } close)
            alert.Activities.Add(new AlertActivity
            {
                At = raised.AddHours(close), Action = status == AlertStatus.Dismissed ? AlertAction.Dismissed : AlertAction.Resolved, Actor = "analis",
                Note = "uji", Outcome = outcome,
            });
        return alert;
    }
}
