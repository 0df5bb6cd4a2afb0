using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Jobs.Referrals;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Screening;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Web.Tests.Screening.ScreeningFixture;

namespace Dashboard.Web.Tests.Screening;

/// <summary>Protection records, the service directory and referrals through the API: who may do what, and the times kept.</summary>
public sealed class ProtectionApiTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await CrossingAsync(app, "BTC-UJI", "Pelabuhan Batam Centre (uji)");
        await OfficesAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Service(string name = "UPTD PPA Kota Batam (uji)", string agency = "Pemda", string kind = "UptdPpa") => new
    {
        name, kind, regionCode = "21.71", contact = "0778-123456", takesAdults = true, takesMinors = true, takesWomen = true,
        takesMen = false, capacity = 12, agency,
    };

    [Fact]
    public async Task APotentialVictim_IsReferred_TheServicesAccountAccepts_AndTheRecordShowsEveryStepWithItsTime()
    {
        var officer = await app.SignedInClientAsync("petugas-prot-1", Roles.FieldOfficer, officeCode: Batam);
        var admin = await app.SignedInClientAsync("admin-prot-1", Roles.Administrator);
        var ppa = await app.SignedInClientAsync("ppa-batam-1", Roles.TimporaMember, agency: "Pemda");
        var dinsos = await app.SignedInClientAsync("dinsos-1", Roles.TimporaMember, agency: "Dinsos");
        var screeningId = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/screenings", ScreeningBody(screeningId, disposition: "PotentialVictim", groupSize: 1))).StatusCode);
        var serviceResponse = await admin.PostAsJsonAsync("/api/services", Service());
        Assert.Equal(HttpStatusCode.Created, serviceResponse.StatusCode);
        var serviceId = JsonDocument.Parse(await serviceResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var protectionId = Guid.NewGuid();

        var opened = await officer.PostAsJsonAsync("/api/protection", new { id = protectionId, screeningId, indicators = new[] { "FearOrDistress" }, noAdministrativeAction = true, consent = "Yes" });
        var openedAgain = await officer.PostAsJsonAsync("/api/protection", new { id = protectionId, screeningId, indicators = new[] { "FearOrDistress" }, noAdministrativeAction = true, consent = "Yes" });
        var referralId = Guid.NewGuid();
        var referred = await officer.PostAsJsonAsync($"/api/protection/{protectionId}/referrals", new { id = referralId, serviceId, reason = "Perempuan muda, perlu pendampingan dan rumah aman." });
        using var dinsosInbox = JsonDocument.Parse(await dinsos.GetStringAsync("/api/referrals"));
        var dinsosAnswer = await dinsos.PostAsJsonAsync($"/api/referrals/{referralId}/answer", new { accept = true, reason = "kami terima" });
        using var ppaInbox = JsonDocument.Parse(await ppa.GetStringAsync("/api/referrals"));
        var accepted = await ppa.PostAsJsonAsync($"/api/referrals/{referralId}/answer", new { accept = true, reason = "Diterima di rumah aman UPTD PPA." });
        var acceptedAgain = await ppa.PostAsJsonAsync($"/api/referrals/{referralId}/answer", new { accept = false, reason = "berubah pikiran" });
        using var record = JsonDocument.Parse(await officer.GetStringAsync($"/api/protection/{protectionId}"));

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        Assert.DoesNotContain(dinsosInbox.RootElement.EnumerateArray(), r => r.GetProperty("id").GetGuid() == referralId);
        Assert.Equal(HttpStatusCode.Forbidden, dinsosAnswer.StatusCode);
        Assert.Contains(await LinesAsync(app, "dinsos-1"), l => l.Action == AuditedRefusals.Action && l.Outcome == AuditOutcome.Refused);
        var inboxItem = Assert.Single(ppaInbox.RootElement.EnumerateArray());
        Assert.Equal("Pending", inboxItem.GetProperty("status").GetString());
        Assert.Equal("Female", inboxItem.GetProperty("sex").GetString());
        Assert.False(inboxItem.TryGetProperty("indicators", out _), "the receiving service sees the profile it needs, not the screening");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, acceptedAgain.StatusCode);
        var root = record.RootElement;
        Assert.True(root.GetProperty("noAdministrativeAction").GetBoolean());
        Assert.Equal("Yes", root.GetProperty("consent").GetString());
        var step = Assert.Single(root.GetProperty("referrals").EnumerateArray());
        Assert.Equal("Accepted", step.GetProperty("status").GetString());
        Assert.Equal("Pemda", step.GetProperty("answeredByAgency").GetString());
        Assert.False(step.GetProperty("answeredOnBehalf").GetBoolean());
        Assert.True(TimeSpan.Parse(root.GetProperty("timeToReferral").GetString()!) >= TimeSpan.Zero);
        Assert.True(TimeSpan.Parse(root.GetProperty("timeToAcceptance").GetString()!) >= TimeSpan.Zero);
        Assert.Contains(await LinesAsync(app, "petugas-prot-1"), l => l.Action == ProtectionDesk.ReadAction && l.Rows == 1);
        Assert.Contains(await LinesAsync(app, "ppa-batam-1"), l => l.Action == ReferralDesk.ListAction && l.Rows == 1);
    }

    [Fact]
    public async Task TheReferringOfficer_AnswersOnTheServicesBehalf_AndItIsRecordedAsSuch()
    {
        var officer = await app.SignedInClientAsync("petugas-prot-2", Roles.FieldOfficer, officeCode: Batam);
        var admin = await app.SignedInClientAsync("admin-prot-2", Roles.Administrator);
        var (protectionId, _) = await ProtectionAsync(officer);
        var service = JsonDocument.Parse(await (await admin.PostAsJsonAsync("/api/services", Service("Dinas Sosial Batam (uji)", "Dinsos", "Dinsos"))).Content.ReadAsStringAsync());
        var referralId = Guid.NewGuid();
        await officer.PostAsJsonAsync($"/api/protection/{protectionId}/referrals", new { id = referralId, serviceId = service.RootElement.GetProperty("id").GetInt32(), reason = "perlu shelter" });

        var answer = await officer.PostAsJsonAsync($"/api/referrals/{referralId}/answer", new { accept = false, reason = "Penuh, disarankan ke UPTD PPA (lewat telepon)." });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("answeredOnBehalf").GetBoolean());
        Assert.Equal("Declined", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AReferralAnsweredAfterItsAlert_ResolvesTheAlertWhenAccepted_AndKeepsItOpenWithALineWhenDeclined()
    {
        var officer = await app.SignedInClientAsync("petugas-prot-4", Roles.FieldOfficer, officeCode: Batam);
        var admin = await app.SignedInClientAsync("admin-prot-4", Roles.Administrator);
        var dinsos = await app.SignedInClientAsync("dinsos-batam-4", Roles.TimporaMember, agency: "Dinsos");
        var serviceId = JsonDocument.Parse(await (await admin.PostAsJsonAsync("/api/services", Service("Dinas Sosial Terlambat (uji)", "Dinsos", "Dinsos"))).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetInt32();
        var accepted = Guid.NewGuid();
        var declined = Guid.NewGuid();
        foreach (var id in new[] { accepted, declined })
        {
            var (protectionId, _) = await ProtectionAsync(officer);
            Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/protection/{protectionId}/referrals", new { id, serviceId, reason = "perlu rumah aman" })).StatusCode);
        }
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ScreeningDb>>().CreateDbContextAsync())
            await db.Referrals.Where(r => r.Id == accepted || r.Id == declined).ExecuteUpdateAsync(u => u.SetProperty(r => r.ReferredAt, DateTimeOffset.UtcNow.AddHours(-50)));
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<UnansweredReferralJob>().RunAsync(CancellationToken.None);
        Assert.True((await AlertAsync(accepted)).IsOpen);

        Assert.Equal(HttpStatusCode.OK, (await dinsos.PostAsJsonAsync($"/api/referrals/{accepted}/answer", new { accept = true, reason = "Diterima, maaf terlambat." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dinsos.PostAsJsonAsync($"/api/referrals/{declined}/answer", new { accept = false, reason = "Penuh." })).StatusCode);

        var closed = await AlertAsync(accepted);
        Assert.Equal((AlertStatus.Resolved, AlertOutcome.Referred), (closed.Status, closed.Outcome));
        Assert.Contains(closed.Activities, a => a.Action == AlertAction.Resolved && a.Actor == AlertStore.SystemActor && a.Note!.Contains("accepted the referral after"));
        var open = await AlertAsync(declined);
        Assert.True(open.IsOpen);
        Assert.Contains(open.Activities, a => a.Action == AlertAction.Commented && a.Note!.Contains("declined"));
    }

    private async Task<Alert> AlertAsync(Guid referralId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<GeoDbContext>>().CreateDbContextAsync();
        return await db.Alerts.AsNoTracking().Include(a => a.Activities).SingleAsync(a => a.SubjectKey == UnansweredReferralJob.SubjectKey(referralId));
    }

    [Fact]
    public async Task AProtectionRecord_NeedsAPotentialVictim_TheStatementAndConsent_AndIsNotFoundForAnotherOffice()
    {
        var officer = await app.SignedInClientAsync("petugas-prot-3", Roles.FieldOfficer, officeCode: Batam);
        var other = await app.SignedInClientAsync("petugas-prot-entikong", Roles.FieldOfficer, officeCode: Entikong);
        var police = await app.SignedInClientAsync("polri-prot", Roles.HqAnalyst, agency: "Polri");
        var delayed = Guid.NewGuid();
        await officer.PostAsJsonAsync("/api/screenings", ScreeningBody(delayed, disposition: "DepartureDelayed"));
        var (protectionId, _) = await ProtectionAsync(officer);

        var fromDelayed = await officer.PostAsJsonAsync("/api/protection", new { id = Guid.NewGuid(), screeningId = delayed, noAdministrativeAction = true, consent = "Yes" });
        var noStatement = await officer.PostAsJsonAsync("/api/protection", new { id = Guid.NewGuid(), screeningId = Guid.NewGuid(), noAdministrativeAction = false });
        var theirs = await other.GetAsync($"/api/protection/{protectionId}");
        var policeRead = await police.GetAsync($"/api/protection/{protectionId}");
        var unsigned = await app.AnonymousClient().GetAsync($"/api/protection/{protectionId}");
        var referUnknown = await officer.PostAsJsonAsync($"/api/protection/{protectionId}/referrals", new { id = Guid.NewGuid(), serviceId = 999999, reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, fromDelayed.StatusCode);
        Assert.Contains("screeningId", await fromDelayed.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await noStatement.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "noAdministrativeAction", "consent", "screeningId" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Contains(await LinesAsync(app, "petugas-prot-entikong"), l => l.Action == ProtectionDesk.ReadAction && l.Rows == 0);
        Assert.Equal(HttpStatusCode.Forbidden, policeRead.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        var referErrors = JsonDocument.Parse(await referUnknown.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(referErrors.TryGetProperty("serviceId", out _));
        Assert.True(referErrors.TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task TheDirectory_IsKeptByAdministrators_AndBadInputNamesEachField()
    {
        var admin = await app.SignedInClientAsync("admin-prot-dir", Roles.Administrator);
        var officer = await app.SignedInClientAsync("petugas-prot-dir", Roles.FieldOfficer, officeCode: Batam);

        var bad = await admin.PostAsJsonAsync("/api/services", new { name = "", kind = (string?)null, regionCode = "Batam", contact = "", takesAdults = false, takesMinors = false, capacity = -1, agency = "Mars" });
        var byOfficer = await officer.PostAsJsonAsync("/api/services", Service("LPSK (uji)", "LPSK", "Lpsk"));
        var created = await admin.PostAsJsonAsync("/api/services", Service("LPSK (uji)", "LPSK", "Lpsk"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        using var retire = new HttpRequestMessage(HttpMethod.Delete, $"/api/services/{id}") { Headers = { { "X-Requested-With", "XMLHttpRequest" } } };
        var retired = await admin.SendAsync(retire);
        using var list = JsonDocument.Parse(await officer.GetStringAsync("/api/services"));

        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "name", "kind", "regionCode", "contact", "takes", "capacity", "agency" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.True(retired.StatusCode == HttpStatusCode.NoContent, $"{retired.StatusCode} {await retired.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain(list.RootElement.EnumerateArray(), s => s.GetProperty("id").GetInt32() == id);
    }

    private static async Task<(Guid Protection, Guid Screening)> ProtectionAsync(HttpClient officer)
    {
        var screeningId = Guid.NewGuid();
        var screening = await officer.PostAsJsonAsync("/api/screenings", ScreeningBody(screeningId, disposition: "PotentialVictim", groupSize: 1, ageGroup: "Age9To17"));
        Assert.Equal(HttpStatusCode.Created, screening.StatusCode);
        var protectionId = Guid.NewGuid();
        var opened = await officer.PostAsJsonAsync("/api/protection", new { id = protectionId, screeningId, noAdministrativeAction = true, consent = "NotAble" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (protectionId, screeningId);
    }
}
