using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Web.Audit;
using Dashboard.Web.Cases;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Cases;

/// <summary>Entry, edit, status changes and history of a case through the API, on an empty database.</summary>
public sealed class CaseEntryApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    [Fact]
    public async Task Create_StoresTheCase_AndResendingTheSameIsIdempotent_AndOtherContentIs409NamingReference()
    {
        await CaseWorld.EnsureAsync(app);
        var officer = await app.SignedInClientAsync("petugas-entry", Roles.FieldOfficer);

        var first = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/ENTRY/1"));
        var again = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/ENTRY/1"));
        var changed = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/ENTRY/1", destination: "KH"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var a = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var b = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(a.RootElement.GetProperty("id").GetInt64(), b.RootElement.GetProperty("id").GetInt64());
        Assert.Equal("Active", a.RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.True((await ErrorsAsync(changed)).TryGetProperty("reference", out _));
        await using var db = await app.GeoAsync();
        Assert.Equal(1, await db.CaseOrigins.CountAsync(c => c.Reference == "LP/ENTRY/1"));
        Assert.Contains(await LinesAsync("petugas-entry"), l => l.Action == CaseActions.Create);
    }

    [Fact]
    public async Task BadInput_Is400NamingEachField()
    {
        await CaseWorld.EnsureAsync(app);
        var officer = await app.SignedInClientAsync("petugas-bad", Roles.FieldOfficer);

        var response = await officer.PostAsJsonAsync("/api/cases", new
        {
            reference = "", reportingAgency = "Polri", reportedOn = "2099-01-01", regencyCode = "99.99", longitude = 2.35, latitude = 48.85,
            victims = new[] { new { sex = "Female", ageGroup = "Age9To17", count = -1 } },
            modusOperandi = "NOPE", destinationCountry = "Atlantis", exitCrossingId = 999999, exitRatRouteId = 999999,
        });
        var noVictims = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/BAD/2", minors: 0, adults: 0));
        var badVillage = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/BAD/3", village: "53.01.01.9999"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        foreach (var field in new[] { "reference", "reportedOn", "regencyCode", "location", "victims[0].count", "modusOperandi", "destinationCountry", "exitCrossingId", "exitRatRouteId" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        Assert.True((await ErrorsAsync(noVictims)).TryGetProperty("victims", out _));
        Assert.True((await ErrorsAsync(badVillage)).TryGetProperty("villageCode", out _));
    }

    [Fact]
    public async Task AVillageCode_SetsRegencyAndProvince_AndTheRegencySeatWhenNoPointIsGiven()
    {
        await CaseWorld.EnsureAsync(app);
        var officer = await app.SignedInClientAsync("petugas-village", Roles.FieldOfficer);

        var response = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/VILLAGE/1", village: CaseWorld.Village, longitude: null, latitude: null));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var c = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("53.01", c.RootElement.GetProperty("regencyCode").GetString());
        Assert.Equal("53", c.RootElement.GetProperty("provinceCode").GetString());
        Assert.Equal(123.78, c.RootElement.GetProperty("longitude").GetDouble(), 3);
    }

    [Fact]
    public async Task EditAndStatusChanges_AreInTheHistory_ClosingNeedsAReason_AndIllegalMovesAreRefused()
    {
        await CaseWorld.EnsureAsync(app);
        var officer = await app.SignedInClientAsync("petugas-history", Roles.FieldOfficer);
        var created = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/HISTORY/1"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();

        var edit = await officer.PutAsJsonAsync($"/api/cases/{id}", CaseWorld.Case("LP/HISTORY/1", destination: "KH", adults: 3));
        var followUp = await officer.PostAsJsonAsync($"/api/cases/{id}/status", new { status = "FollowUp" });
        var backToActive = await officer.PostAsJsonAsync($"/api/cases/{id}/status", new { status = "Active" });
        var closeWithoutReason = await officer.PostAsJsonAsync($"/api/cases/{id}/status", new { status = "ClosedReferred" });
        var close = await officer.PostAsJsonAsync($"/api/cases/{id}/status", new { status = "ClosedReferred", reason = "Dirujuk ke UPTD PPA Kupang" });
        var resent = await officer.PostAsJsonAsync($"/api/cases/{id}/status", new { status = "ClosedReferred", reason = "Dirujuk ke UPTD PPA Kupang" });
        var nonsense = await officer.PostAsJsonAsync($"/api/cases/{id}/status", new { status = "Sideways" });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, backToActive.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, closeWithoutReason.StatusCode);
        Assert.True((await ErrorsAsync(closeWithoutReason)).TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.True((await ErrorsAsync(nonsense)).TryGetProperty("status", out _));
        using var history = JsonDocument.Parse(await officer.GetStringAsync($"/api/cases/{id}/history"));
        var lines = history.RootElement.EnumerateArray().ToList();
        Assert.Equal(["Created", "Edited", "StatusChanged", "StatusChanged"], lines.Select(l => l.GetProperty("kind").GetString()));
        Assert.Contains("destinationCountry: MY → KH", lines[1].GetProperty("summary").GetString());
        Assert.Equal("Dirujuk ke UPTD PPA Kupang", lines[3].GetProperty("reason").GetString());
        Assert.Equal("ClosedReferred", lines[3].GetProperty("statusTo").GetString());
        var audit = await LinesAsync("petugas-history");
        foreach (var action in new[] { CaseActions.Create, CaseActions.Edit, CaseActions.Status, CaseActions.History })
            Assert.Contains(audit, l => l.Action == action);
    }

    [Fact]
    public async Task OfficeScope_AppliesToWrites_AndOtherAgenciesAndAnalystsWithoutEditRightsAreRefused()
    {
        await CaseWorld.EnsureAsync(app);
        var admin = await app.SignedInClientAsync("admin-entry", Roles.Administrator);
        var office = await admin.PutAsJsonAsync("/api/admin/offices/KANIM-ENTRY", new { name = "Kanim Uji", kind = "Kanim", regencyCodes = new[] { "53.04" } });
        Assert.True(office.IsSuccessStatusCode, await office.Content.ReadAsStringAsync());
        var hq = await app.SignedInClientAsync("analis-entry", Roles.HqAnalyst);
        var created = await hq.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/SCOPE/1"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var officer = await app.SignedInClientAsync("petugas-scope", Roles.FieldOfficer, officeCode: "KANIM-ENTRY");
        var police = await app.SignedInClientAsync("polri-entry", Roles.FieldOfficer, agency: "Polri");
        var planner = await app.SignedInClientAsync("planner-entry", Roles.PatrolPlanner);

        var outside = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/SCOPE/2"));
        var editTheirs = await officer.PutAsJsonAsync($"/api/cases/{id}", CaseWorld.Case("LP/SCOPE/1", adults: 4));
        var historyTheirs = await officer.GetAsync($"/api/cases/{id}/history");
        var byPolice = await police.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/SCOPE/3"));
        var byPlanner = await planner.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/SCOPE/4"));
        var anonymous = await app.AnonymousClient().PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/SCOPE/5"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.True((await ErrorsAsync(outside)).TryGetProperty("regencyCode", out _));
        Assert.Equal(HttpStatusCode.NotFound, editTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, historyTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPolice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPlanner.StatusCode);
        Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, anonymous.StatusCode.ToString());
        Assert.Contains(await LinesAsync("polri-entry"), l => l.Action == AuditedRefusals.Action && l.Outcome == AuditOutcome.Refused);
    }

    [Fact]
    public async Task ANewCaseWithMinorsToAWatchedDestination_RaisesTheMinorsAlert()
    {
        await CaseWorld.EnsureAsync(app);
        var officer = await app.SignedInClientAsync("petugas-minors", Roles.FieldOfficer);

        var response = await officer.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/MINORS/1", destination: "KH", minors: 3, reportedOn: Today));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        await using var db = await app.GeoAsync();
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Rule == AlertRule.MinorsToWatchedDestination && a.SubjectKey == $"case:{id}");
        Assert.NotNull(alert);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
    }

    [Fact]
    public async Task RecruitmentMethodChannelAndIssuingOffice_AreStored_ShownAndEditedWithHistory_AndBadOnesNamed()
    {
        await CaseWorld.OfficesAsync(app);
        var officer = await app.SignedInClientAsync("petugas-recruitment", Roles.FieldOfficer);
        object With(string method, string? channel, string? office) => Merge(CaseWorld.Case("LP/RECRUIT/1"),
            new Dictionary<string, object?> { ["recruitmentMethod"] = method, ["recruitmentChannel"] = channel, ["issuingOffice"] = office });

        var created = await officer.PostAsJsonAsync("/api/cases", With("SocialMedia", " Facebook, Telegram ", "Kantor Imigrasi Kupang"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var edited = await officer.PutAsJsonAsync($"/api/cases/{id}", With("MessagingApp", "Telegram", "Kantor Imigrasi Kupang"));
        var bad = await officer.PostAsJsonAsync("/api/cases", Merge(CaseWorld.Case("LP/RECRUIT/2"), new Dictionary<string, object?>
        {
            ["recruitmentMethod"] = "Carrier pigeon", ["recruitmentChannel"] = new string('x', 201), ["issuingOffice"] = "Kanim\nKupang",
        }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("MessagingApp", "Telegram", CaseWorld.KupangOffice),
            (view.GetProperty("recruitmentMethod").GetString(), view.GetProperty("recruitmentChannel").GetString(), view.GetProperty("issuingOffice").GetString()));
        using var history = JsonDocument.Parse(await officer.GetStringAsync($"/api/cases/{id}/history"));
        Assert.Contains("recruitmentMethod", history.RootElement.GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = await ErrorsAsync(bad);
        Assert.Contains("Carrier pigeon", errors.GetProperty("recruitmentMethod")[0].GetString());
        Assert.Contains("200", errors.GetProperty("recruitmentChannel")[0].GetString());
        Assert.Contains("one line", errors.GetProperty("issuingOffice")[0].GetString());
        await using var db = await app.GeoAsync();
        var stored = await db.CaseOrigins.SingleAsync(c => c.Id == id);
        Assert.Equal((Dashboard.Geo.Domain.Cases.RecruitmentMethod.MessagingApp, "Telegram"), (stored.RecruitmentMethod, stored.RecruitmentChannel));
    }

    [Fact]
    public async Task TheIssuingOffice_MustBeRegistered_GetsANotice_ReadsTheCase_AndAcknowledgesIt_WhileOthersCannot()
    {
        await CaseWorld.OfficesAsync(app);
        var kupang = await app.SignedInClientAsync("petugas-kupang-notice", Roles.FieldOfficer, officeCode: CaseWorld.KupangOffice);
        var atambua = await app.SignedInClientAsync("petugas-atambua-notice", Roles.FieldOfficer, officeCode: CaseWorld.AtambuaOffice);
        var batam = await app.SignedInClientAsync("petugas-ruteng-notice", Roles.FieldOfficer, officeCode: CaseWorld.RutengOffice);
        object With(string reference, string office) => Merge(CaseWorld.Case(reference), new Dictionary<string, object?> { ["issuingOffice"] = office });

        var unknown = await kupang.PostAsJsonAsync("/api/cases", With("LP/NOTICE/0", "Kantor Imigrasi Entah"));
        var created = await kupang.PostAsJsonAsync("/api/cases", With("LP/NOTICE/1", "kantor imigrasi atambua"));
        var createdCase = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = createdCase.GetProperty("id").GetInt64();
        using var notices = JsonDocument.Parse(await atambua.GetStringAsync("/api/cases/issuing-notices"));
        var read = await atambua.GetAsync($"/api/cases/{id}");
        var edit = await atambua.PutAsJsonAsync($"/api/cases/{id}", With("LP/NOTICE/1", CaseWorld.AtambuaOffice));
        var byCaseOffice = await kupang.PostAsJsonAsync($"/api/cases/{id}/issuing-notice/acknowledge", new { });
        var byStranger = await batam.PostAsJsonAsync($"/api/cases/{id}/issuing-notice/acknowledge", new { });
        var strangerRead = await batam.GetAsync($"/api/cases/{id}");
        var acknowledged = await atambua.PostAsJsonAsync($"/api/cases/{id}/issuing-notice/acknowledge", new { });
        using var after = JsonDocument.Parse(await atambua.GetStringAsync("/api/cases/issuing-notices"));
        var againAcknowledged = await atambua.PostAsJsonAsync($"/api/cases/{id}/issuing-notice/acknowledge", new { });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("not a registered office", (await ErrorsAsync(unknown)).GetProperty("issuingOffice")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(CaseWorld.AtambuaOffice, createdCase.GetProperty("issuingOffice").GetString());
        Assert.Contains(notices.RootElement.EnumerateArray(), n => n.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode); // outside Atambua's area, read for the notice
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode); // reading is not editing
        Assert.True(byCaseOffice.StatusCode == HttpStatusCode.Forbidden, await byCaseOffice.Content.ReadAsStringAsync());
        Assert.Contains("only the office that issued", await byCaseOffice.Content.ReadAsStringAsync());
        Assert.True(byStranger.StatusCode == HttpStatusCode.NotFound, await byStranger.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, strangerRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var seen = await acknowledged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("petugas-atambua-notice", seen.GetProperty("issuingNoticeAcknowledgedBy").GetString());
        Assert.DoesNotContain(after.RootElement.EnumerateArray(), n => n.GetProperty("id").GetInt64() == id);
        var lines = await LinesAsync("petugas-atambua-notice");
        Assert.Contains(lines, l => l.Action == CaseActions.List && l.Resource.StartsWith("issuing notices") && l.Rows >= 1);
        Assert.Contains(lines, l => l.Action == CaseIssuingNotices.Acknowledge && l.Resource == $"case {id} office={CaseWorld.AtambuaOffice}");
        Assert.Equal(HttpStatusCode.OK, againAcknowledged.StatusCode);
        Assert.Single(lines, l => l.Action == CaseIssuingNotices.Acknowledge && l.Resource == $"case {id} office={CaseWorld.AtambuaOffice}");
        // The GET before, and the second acknowledgement, which answers with the case: two reads.
        Assert.Equal(2, lines.Count(l => l.Action == CaseActions.Read && l.Resource == $"case {id}" && l.Rows == 1));

        // Another issuing office on edit: a new notice, to be acknowledged afresh.
        var moved = await kupang.PutAsJsonAsync($"/api/cases/{id}", With("LP/NOTICE/1", CaseWorld.KupangOffice));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issuingNoticeAcknowledgedAt").ValueKind);
    }

    /// <summary>The test case's fields with some replaced or added, as a JSON object.</summary>
    private static Dictionary<string, object?> Merge(object baseCase, Dictionary<string, object?> extra)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(baseCase))!;
        foreach (var (key, value) in extra)
            fields[key] = value;
        return fields;
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").Clone();
    }

    private async Task<List<AccessEvent>> LinesAsync(string user)
    {
        await using var audit = await app.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        return await audit.AccessEvents.Where(e => e.UserName == user).OrderBy(e => e.Id).ToListAsync();
    }
}
