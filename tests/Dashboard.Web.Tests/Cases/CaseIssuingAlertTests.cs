using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Web.Alerts;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Cases;

/// <summary>
/// A case naming its passports' issuing office raises the notice alert at that office, once; edits raise nothing more,
/// a corrected office is told too, and once the notice is acknowledged nothing further is raised.
/// </summary>
public sealed class CaseIssuingAlertTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static Dictionary<string, object?> With(string reference, string office, string destination = "MY")
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(CaseWorld.Case(reference, destination)))!;
        fields["issuingOffice"] = office;
        return fields;
    }

    [Fact]
    public async Task ACaseWithAnIssuingOffice_RaisesOneNoticeAlertThere_EditsRaiseNoMore_AndACorrectedOfficeIsToldToo()
    {
        await CaseWorld.OfficesAsync(app);
        var kupang = await app.SignedInClientAsync("petugas-kupang-case-alert", Roles.FieldOfficer, officeCode: CaseWorld.KupangOffice);

        var created = await kupang.PostAsJsonAsync("/api/cases", With("LP/CASE-ALERT/1", CaseWorld.AtambuaOffice));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await kupang.PostAsJsonAsync("/api/cases", With("LP/CASE-ALERT/1", CaseWorld.AtambuaOffice))).StatusCode);
        var edited = await kupang.PutAsJsonAsync($"/api/cases/{id}", With("LP/CASE-ALERT/1", CaseWorld.AtambuaOffice, destination: "KH"));
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());

        await using (var db = await app.GeoAsync())
        {
            var alert = Assert.Single(await db.Alerts.AsNoTracking().Where(a => a.Rule == AlertRule.IssuingOfficeNotice && a.SubjectKey.StartsWith($"case-issuing:{id}:")).ToListAsync());
            Assert.Equal(IssuingOfficeNotice.CaseKey(id, CaseWorld.AtambuaOffice), alert.SubjectKey);
            Assert.Equal(AlertSeverity.Medium, alert.Severity);
            Assert.Equal("Kantor Imigrasi Atambua · Kabupaten Kupang", alert.SubjectName);
            Assert.Equal("Kabupaten Timor Tengah Selatan", alert.RegionName); // the issuing office's seat, not the case's place
            Assert.Equal((AlertEvidence.Case, id), (Assert.Single(alert.Evidence).Kind, alert.Evidence[0].Id));
            Assert.DoesNotContain("LP/CASE-ALERT", alert.SubjectName);
        }

        var corrected = await kupang.PutAsJsonAsync($"/api/cases/{id}", With("LP/CASE-ALERT/1", CaseWorld.RutengOffice, destination: "KH"));
        Assert.True(corrected.IsSuccessStatusCode, await corrected.Content.ReadAsStringAsync());
        var ruteng = await app.SignedInClientAsync("petugas-ruteng-case-alert", Roles.FieldOfficer, officeCode: CaseWorld.RutengOffice);
        Assert.Equal(HttpStatusCode.OK, (await ruteng.PostAsJsonAsync($"/api/cases/{id}/issuing-notice/acknowledge", new { })).StatusCode);
        var afterAcknowledged = await kupang.PutAsJsonAsync($"/api/cases/{id}", With("LP/CASE-ALERT/1", CaseWorld.RutengOffice, destination: "MY"));
        Assert.True(afterAcknowledged.IsSuccessStatusCode, await afterAcknowledged.Content.ReadAsStringAsync());

        await using (var db = await app.GeoAsync())
        {
            var keys = await db.Alerts.Where(a => a.Rule == AlertRule.IssuingOfficeNotice && a.SubjectKey.StartsWith($"case-issuing:{id}:"))
                .OrderBy(a => a.Id).Select(a => a.SubjectKey).ToListAsync();
            Assert.Equal([IssuingOfficeNotice.CaseKey(id, CaseWorld.AtambuaOffice), IssuingOfficeNotice.CaseKey(id, CaseWorld.RutengOffice)], keys);
        }
    }

    [Fact]
    public async Task ACaseWithoutAnIssuingOffice_RaisesNoNoticeAlert()
    {
        await CaseWorld.OfficesAsync(app);
        var kupang = await app.SignedInClientAsync("petugas-kupang-case-alert-2", Roles.FieldOfficer, officeCode: CaseWorld.KupangOffice);

        var created = await kupang.PostAsJsonAsync("/api/cases", CaseWorld.Case("LP/CASE-ALERT/2"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        await using var db = await app.GeoAsync();
        Assert.False(await db.Alerts.AnyAsync(a => a.Rule == AlertRule.IssuingOfficeNotice && a.SubjectKey.StartsWith($"case-issuing:{id}:")));
    }
}
