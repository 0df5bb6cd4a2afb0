using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Screening;
using Dashboard.Web.Tests.Api;
using static Dashboard.Web.Tests.Screening.ScreeningFixture;

namespace Dashboard.Web.Tests.Screening;

/// <summary>Checkpoint screenings through the API on an empty database: recording, resends, bad input, office scope and refusals.</summary>
public sealed class ScreeningApiTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await CrossingAsync(app, "BTC-UJI", "Pelabuhan Batam Centre (uji)");
        await CrossingAsync(app, "SKP-UJI", "Pelabuhan Sekupang (uji)");
        await OfficesAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AFieldOfficer_RecordsAScreening_AResendIsTheSameRecord_AndOtherContentUnderTheSameIdIs409()
    {
        var officer = await app.SignedInClientAsync("petugas-scr-1", Roles.FieldOfficer, officeCode: Batam);
        var id = Guid.NewGuid();

        var first = await officer.PostAsJsonAsync("/api/screenings", ScreeningBody(id));
        var again = await officer.PostAsJsonAsync("/api/screenings", ScreeningBody(id));
        var other = await officer.PostAsJsonAsync("/api/screenings", ScreeningBody(id, disposition: "Released"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal(Batam, body.RootElement.GetProperty("officeCode").GetString());
        Assert.Equal("Pelabuhan Batam Centre (uji)", body.RootElement.GetProperty("crossingName").GetString());
        using var list = JsonDocument.Parse(await officer.GetStringAsync("/api/screenings?crossing=BTC-UJI"));
        Assert.Single(list.RootElement.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task TheExport_StatesItsDisclosureLevel_HoldsTheOfficesProfiles_AndIsAuditedAsAnExport()
    {
        var officer = await app.SignedInClientAsync("petugas-scr-export", Roles.FieldOfficer, officeCode: Batam);
        var polri = await app.SignedInClientAsync("polri-scr-export", Roles.TimporaMember, agency: "Polri");
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/screenings", ScreeningBody(id))).StatusCode);

        var response = await officer.GetAsync("/api/screenings/export.csv?crossing=BTC-UJI");
        var bad = await officer.GetAsync("/api/screenings/export.csv?from=2026-13-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ScreeningExport.DisclosureLine, lines[0].TrimEnd('\r'));
        Assert.StartsWith("id,screenedAt,crossingCode", lines[1]);
        var row = Assert.Single(lines, l => l.StartsWith(id.ToString(), StringComparison.Ordinal));
        Assert.Contains("DepartureDelayed", row);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("from", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await polri.GetAsync("/api/screenings/export.csv")).StatusCode);
        Assert.Contains(await LinesAsync(app, "petugas-scr-export"), l => l.Action == ScreeningDesk.ExportAction && l.Rows >= 1);
    }

    [Fact]
    public async Task BadInput_Is400NamingEachField_AndNothingIsStored()
    {
        var officer = await app.SignedInClientAsync("petugas-scr-bad", Roles.FieldOfficer, officeCode: Batam);

        var response = await officer.PostAsJsonAsync("/api/screenings", new
        {
            id = Guid.Empty, crossing = "NOWHERE", ageGroup = (string?)null, sex = "Female", travellingAlone = false, groupSize = 1,
            statedPurpose = "Tourism", destinationCountry = "Atlantis", disposition = (string?)null,
        });
        var badWord = await officer.PostAsync("/api/screenings", new StringContent(
            $$"""{"id":"{{Guid.NewGuid()}}","crossing":"BTC-UJI","sex":"Sideways"}""", Encoding.UTF8, "application/json"));
        var badFilter = await officer.GetAsync("/api/screenings?from=2026-13-01&to=soon");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "id", "crossing", "ageGroup", "groupSize", "destinationCountry", "disposition" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        Assert.Equal(HttpStatusCode.BadRequest, badWord.StatusCode);
        Assert.Contains("sex", await badWord.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        using var filterProblem = JsonDocument.Parse(await badFilter.Content.ReadAsStringAsync());
        Assert.True(filterProblem.RootElement.GetProperty("errors").TryGetProperty("from", out _));
        Assert.True(filterProblem.RootElement.GetProperty("errors").TryGetProperty("to", out _));
        using var list = JsonDocument.Parse(await officer.GetStringAsync("/api/screenings"));
        Assert.Empty(list.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task AnOfficerOfAnotherOffice_SeesNoneOfThem_HqSeesAll_AndEveryListIsAuditedWithItsRows()
    {
        var batam = await app.SignedInClientAsync("petugas-scr-batam", Roles.FieldOfficer, officeCode: Batam);
        var entikong = await app.SignedInClientAsync("petugas-scr-entikong", Roles.FieldOfficer, officeCode: Entikong);
        var hq = await app.SignedInClientAsync("analis-scr", Roles.HqAnalyst);
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await batam.PostAsJsonAsync("/api/screenings", ScreeningBody(id, crossing: "SKP-UJI"))).StatusCode);

        using var theirs = JsonDocument.Parse(await entikong.GetStringAsync("/api/screenings?crossing=SKP-UJI"));
        using var all = JsonDocument.Parse(await hq.GetStringAsync("/api/screenings?crossing=SKP-UJI"));
        // Days are WIB days: late in the UTC evening it is already tomorrow at headquarters.
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd");
        using var dated = JsonDocument.Parse(await batam.GetStringAsync($"/api/screenings?from={today}&to={today}"));

        Assert.DoesNotContain(theirs.RootElement.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Contains(all.RootElement.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Contains(dated.RootElement.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Contains(await LinesAsync(app, "petugas-scr-entikong"), l => l.Action == ScreeningDesk.ListAction && l.Rows == 0);
        Assert.Contains(await LinesAsync(app, "analis-scr"), l => l.Action == ScreeningDesk.ListAction && l.Rows >= 1);
    }

    [Fact]
    public async Task AnotherAgency_ATimporaMember_AndAnUnsignedRequest_AreRefused_AndEachRefusalIsAudited()
    {
        var police = await app.SignedInClientAsync("polri-scr", Roles.HqAnalyst, agency: "Polri");
        var timpora = await app.SignedInClientAsync("timpora-scr", Roles.TimporaMember, agency: "Polri");
        var anonymous = app.AnonymousClient();

        var policeList = await police.GetAsync("/api/screenings");
        var policePost = await police.PostAsJsonAsync("/api/screenings", ScreeningBody(Guid.NewGuid()));
        var timporaList = await timpora.GetAsync("/api/screenings");
        var unsigned = await anonymous.GetAsync("/api/screenings");

        Assert.Equal(HttpStatusCode.Forbidden, policeList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, policePost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, timporaList.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(2, (await LinesAsync(app, "polri-scr")).Count(l => l.Action == AuditedRefusals.Action && l.Outcome == AuditOutcome.Refused));
        Assert.DoesNotContain(await LinesAsync(app, "polri-scr"), l => l.Action == ScreeningDesk.ListAction);
        Assert.Contains(await LinesAsync(app, "(anonymous)"), l => l.Action == AuditedRefusals.Action && l.Resource.Contains("/api/screenings"));
    }
}
