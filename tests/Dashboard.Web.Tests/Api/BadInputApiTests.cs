using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// A corpus of bad field reports (text, places, dates, bodies, batches, reused keys): each is a 4xx problem details
/// naming the field, nothing is stored, and none is a 5xx or an HTML page. Requests the guards refuse are in
/// <see cref="RequestGuardApiTests"/>, patrols and imports in <see cref="PatrolAndImportBadInputTests"/>.
/// </summary>
public sealed class BadInputApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    internal static JsonObject Report(string key) => new()
    {
        ["idempotencyKey"] = key,
        ["kind"] = "CheckpointOffloading",
        ["longitude"] = 104.05,
        ["latitude"] = 1.13,
        ["observedAt"] = DateTimeOffset.UtcNow.AddHours(-2).ToString("O"),
        ["category"] = "penundaan keberangkatan",
        ["sourceReliability"] = "B",
        ["informationCredibility"] = 2,
        ["text"] = "Tiga perempuan muda tanpa dokumen kerja.",
        ["peopleCount"] = 3,
    };

    public static TheoryData<string, string, string> BadReports => new()
    {
        // case, JSON path to change = raw JSON value, the field the answer must name
        { "NUL in text", "text=\"a\\u0000b\"", "text" },
        { "bell in category", "category=\"calo\\u0007\"", "category" },
        { "text over its column", $"text=\"{new string('x', 4001)}\"", "text" },
        { "category over its column", $"category=\"{new string('x', 101)}\"", "category" },
        { "profile over its column", $"profile=\"{new string('x', 201)}\"", "profile" },
        { "key over its column", $"idempotencyKey=\"{new string('k', 101)}\"", "idempotencyKey" },
        { "year 1", "observedAt=\"0001-01-01T00:00:00Z\"", "observedAt" },
        { "year 1 with an offset", "observedAt=\"0001-01-01T00:00:00+07:00\"", "observedAt" },
        { "year 9999", "observedAt=\"9999-12-31T23:59:59Z\"", "observedAt" },
        { "year 9999 with an offset", "observedAt=\"9999-12-31T23:59:59-07:00\"", "observedAt" },
        { "a word for a number", "latitude=\"north\"", "latitude" },
        { "a number too big", "informationCredibility=99999999999", "informationCredibility" },
        { "an object for a string", "text={\"a\":1}", "text" },
        { "Singapore", "longitude=103.8198", "location" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task Report_WithBadInput_Is4xxNamingTheField_AndStoresNothing(string name, string change, string field)
    {
        var client = await app.SignedInClientAsync("petugas-corpus", Roles.FieldOfficer);
        var key = Guid.NewGuid().ToString();
        var body = Report(key);
        var (path, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
        body[path] = JsonNode.Parse(value);
        if (name == "Singapore")
            body["latitude"] = 1.3521;

        var response = await client.PostAsync("/api/reports", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty(field, out _), $"{name}: expected '{field}' among {errors}");
        await using var db = await app.GeoAsync();
        Assert.False(await db.FieldReports.AnyAsync(r => r.IdempotencyKey == key), name);
    }

    [Theory]
    [InlineData(103.8198, 1.3521, "Singapore")]
    [InlineData(101.6869, 3.1390, "Malaysia")]
    [InlineData(125.5736, -8.5569, "Timor-Leste")]
    public async Task Report_InANeighbouringCapital_NamesTheCountry(double longitude, double latitude, string country)
    {
        var client = await app.SignedInClientAsync("petugas-neighbour", Roles.FieldOfficer);
        var body = Report(Guid.NewGuid().ToString());
        body["longitude"] = longitude;
        body["latitude"] = latitude;

        var response = await client.PostAsync("/api/reports", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"lies in {country}", errors.GetProperty("location")[0].GetString());
    }

    [Fact]
    public async Task Report_InTheTerritorialSea_IsAccepted_ButFarOutAtSeaIsNot()
    {
        var client = await app.SignedInClientAsync("petugas-sea", Roles.FieldOfficer);
        // 10 km off Pontianak's coast, inside the 12 nm; and the middle of the Java Sea's deep north, 150 km from land.
        var near = Report(Guid.NewGuid().ToString());
        near["longitude"] = 109.0;
        near["latitude"] = 0.0;
        var far = Report(Guid.NewGuid().ToString());
        far["longitude"] = 107.5;
        far["latitude"] = 2.5;

        var accepted = await client.PostAsync("/api/reports", new StringContent(near.ToJsonString(), Encoding.UTF8, "application/json"));
        var refused = await client.PostAsync("/api/reports", new StringContent(far.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var errors = await AssertProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("nautical miles", errors.GetProperty("location")[0].GetString());
    }

    [Theory]
    [InlineData(110.3600, 0.9925, "PLBN Entikong")]
    [InlineData(140.9840, -2.6290, "PLBN Skouw")]
    [InlineData(125.0980, -8.9560, "PLBN Motaain")]
    public async Task Report_AtALandBorderPost_IsAccepted_ThoughTheCoarseOutlinePutsItAcross(double longitude, double latitude, string post)
    {
        var client = await app.SignedInClientAsync("petugas-border", Roles.FieldOfficer);
        var body = Report(Guid.NewGuid().ToString());
        body["longitude"] = longitude;
        body["latitude"] = latitude;

        var response = await client.PostAsync("/api/reports", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{post}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Report_MalformedJson_Is400WithThePosition()
    {
        var client = await app.SignedInClientAsync("petugas-malformed", Roles.FieldOfficer);

        var response = await client.PostAsync("/api/reports", new StringContent("{\"kind\": \"Rumour\",\n \"text\": ", Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var message = errors.EnumerateObject().Single().Value[0].GetString();
        Assert.Contains("line 2", message);
    }

    [Fact]
    public async Task Report_AsAForm_IsRefused()
    {
        var client = await app.SignedInClientAsync("petugas-form", Roles.FieldOfficer);

        var response = await client.PostAsync("/api/reports", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "x" }));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Report_AsTextWithTheAppHeader_Is415NamingTheContentType()
    {
        var client = await app.SignedInClientAsync("petugas-text", Roles.FieldOfficer);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StringContent(Report("x").ToJsonString(), Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");

        var response = await client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Batch_OverTheLimit_Is400NamingReports()
    {
        var client = await app.SignedInClientAsync("petugas-big", Roles.FieldOfficer);
        var keys = Enumerable.Range(0, 1001).Select(_ => Guid.NewGuid().ToString()).ToList();

        var response = await client.PostAsync("/api/reports/batch",
            new StringContent(new JsonObject { ["reports"] = new JsonArray([.. keys.Select(k => (JsonNode)Report(k))]) }.ToJsonString(), Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 1000", errors.GetProperty("reports")[0].GetString());
        await using var db = await app.GeoAsync();
        Assert.False(await db.FieldReports.AnyAsync(r => r.IdempotencyKey == keys[0]));
    }

    [Fact]
    public async Task Body_OverTheGroupsLimit_Is413NamingTheLimit()
    {
        var client = await app.SignedInClientAsync("petugas-huge", Roles.FieldOfficer);
        var body = Report(Guid.NewGuid().ToString());
        body["text"] = new string('x', 9 * 1024 * 1024);

        var response = await client.PostAsync("/api/reports", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("8,388,608 bytes", errors.GetProperty("body")[0].GetString());
    }

    [Fact]
    public async Task IdempotencyKey_ReusedWithAnotherBody_Is409_AndTheFirstBodyStays()
    {
        var client = await app.SignedInClientAsync("petugas-reuse", Roles.FieldOfficer);
        var key = Guid.NewGuid().ToString();
        var first = Report(key);
        var second = Report(key);
        second["text"] = "Laporan lain dengan kunci yang sama.";

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/reports", first)).StatusCode);
        var resend = await client.PostAsJsonAsync("/api/reports", first.DeepClone());
        var reuse = await client.PostAsJsonAsync("/api/reports", second);
        var batch = await client.PostAsJsonAsync("/api/reports/batch", new JsonObject { ["reports"] = new JsonArray(Report(Guid.NewGuid().ToString()), second.DeepClone()) });

        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        var errors = await AssertProblemAsync(reuse, HttpStatusCode.Conflict);
        Assert.Contains("already used", errors.GetProperty("idempotencyKey")[0].GetString());
        var batchErrors = await AssertProblemAsync(batch, HttpStatusCode.Conflict);
        Assert.True(batchErrors.TryGetProperty("reports[1].idempotencyKey", out _), batchErrors.ToString());
        await using var db = await app.GeoAsync();
        var stored = await db.FieldReports.SingleAsync(r => r.IdempotencyKey == key);
        Assert.Equal("Tiga perempuan muda tanpa dokumen kerja.", stored.Text);
        Assert.Equal(1, await db.FieldReports.CountAsync(r => r.ReportingOfficer == "petugas-reuse"));
    }



    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {text[..Math.Min(text.Length, 600)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.True(problem.RootElement.TryGetProperty("traceId", out _), text);
        return problem.RootElement.TryGetProperty("errors", out var errors) ? errors.Clone() : default;
    }
}
