using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// A corpus of bad input against the APIs that take it: each is a 4xx problem details naming the field, nothing is
/// stored, and none is a 5xx or an HTML page.
/// </summary>
public sealed class BadInputApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static JsonObject Report(string key) => new()
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

    [Theory]
    [InlineData("/api/briefing/regions?days=28&province=%00")]
    [InlineData("/api/briefing/regions?days=%01")]
    [InlineData("/api/briefing/trend?area=%00")]
    [InlineData("/api/map/layers/crossings?bbox=104,1,105,2&zoom=%00")]
    [InlineData("/api/map/layers/rat-routes?bbox=104%001,105,2")]
    [InlineData("/api/alerts?status=%1b")]
    public async Task QueryString_WithAControlCharacter_Is400NamingTheParameter(string url)
    {
        var client = await app.SignedInClientAsync("analis-query", Roles.HqAnalyst);
        var parameter = url.Split('?')[1].Split('&').First(p => p.Contains('%') && (p.Contains("%0") || p.Contains("%1"))).Split('=')[0];

        var response = await client.GetAsync(url);

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty(parameter, out _), errors.ToString());
    }

    [Fact]
    public async Task QueryString_OfTheWrongType_Is400NamingTheParameter()
    {
        var client = await app.SignedInClientAsync("analis-type", Roles.HqAnalyst);

        var response = await client.GetAsync("/api/risk/runs?count=many");

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("count", out _), errors.ToString());
    }

    [Fact]
    public async Task AlertAction_WithANulNote_Is400NamingTheNote()
    {
        var client = await app.SignedInClientAsync("analis-alert", Roles.HqAnalyst);

        var response = await client.PostAsync("/api/alerts/actions", new StringContent("{\"action\":\"comment\",\"note\":\"x\\u0000\",\"ids\":[1]}", Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("note", out _), errors.ToString());
    }

    [Fact]
    public async Task AlertAction_WithAWordForAnId_Is400NamingIds()
    {
        var client = await app.SignedInClientAsync("analis-alert-ids", Roles.HqAnalyst);

        var response = await client.PostAsync("/api/alerts/actions", new StringContent("{\"action\":\"acknowledge\",\"ids\":[\"one\"]}", Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("ids[0]", out _), errors.ToString());
    }

    [Fact]
    public async Task CrossSiteFormPost_ThatWouldStartARiskRun_IsRefused()
    {
        var client = await app.SignedInClientAsync("admin-csrf", Roles.Administrator);

        var form = await client.PostAsync("/api/risk/runs", new FormUrlEncodedContent(new Dictionary<string, string> { ["go"] = "1" }));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/risk/runs") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "https://evil.example");
        var foreign = await client.SendAsync(request);
        var fetchMetadata = new HttpRequestMessage(HttpMethod.Post, "/api/risk/runs");
        fetchMetadata.Headers.Add("Sec-Fetch-Site", "cross-site");
        fetchMetadata.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var crossSite = await client.SendAsync(fetchMetadata);

        await AssertProblemAsync(form, HttpStatusCode.Forbidden);
        await AssertProblemAsync(foreign, HttpStatusCode.Forbidden);
        await AssertProblemAsync(crossSite, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_SoACopiedCookieStopsWorking()
    {
        var client = await app.SignedInClientAsync("analis-signout", Roles.HqAnalyst);
        var copy = app.AnonymousClient();
        var cookie = await CookieHeaderAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await Get(copy, "/api/situation/kpis", cookie)).StatusCode);

        var signOut = await DashboardApp.PostFormAsync(client, "/account", "logout", new Dictionary<string, string>(), "/account/logout");

        Assert.True(signOut.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{signOut.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(copy, "/api/situation/kpis", cookie)).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\r\nSet-Cookie:x=1")]
    public async Task Culture_WithAReturnUrlThatIsNotALocalPath_GoesHome(string returnUrl)
    {
        var client = app.AnonymousClient();

        var response = await client.GetAsync($"/culture?name=en&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.True((int)response.StatusCode is >= 300 and < 400, $"{response.StatusCode}");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task PatrolStop_WithAOneMegabyteName_Is400NamingTheStop()
    {
        var planner = await app.SignedInClientAsync("perencana-long", Roles.PatrolPlanner);

        var response = await planner.PostAsJsonAsync("/api/patrols/score", new
        {
            @base = "PLBN-X", mode = "Land", hours = 4,
            stops = new[] { new { id = "route:1", name = new string('n', 1024 * 1024), longitude = 110.1, latitude = 0.5 } },
        });

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 200", errors.GetProperty("stops[0].name")[0].GetString());
    }

    [Fact]
    public async Task PatrolStop_InKualaLumpur_Is400NamingMalaysia()
    {
        var planner = await app.SignedInClientAsync("perencana-kl", Roles.PatrolPlanner);

        var response = await planner.PostAsJsonAsync("/api/patrols/score", new
        {
            @base = "PLBN-X", mode = "Land", hours = 4,
            stops = new[] { new { id = "route:1", name = "KL", longitude = 101.6869, latitude = 3.1390 } },
        });

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Malaysia", errors.GetProperty("stops[0].location")[0].GetString());
    }

    [Fact]
    public async Task PatrolOutcome_WithOverAThousandFindings_Is400NamingFindings_AndStoresNothing()
    {
        var planner = await app.SignedInClientAsync("perencana-findings", Roles.PatrolPlanner);
        long id;
        await using (var db = await app.GeoAsync())
        {
            var patrol = new Dashboard.Geo.Domain.Patrols.Patrol
            {
                BaseCode = "PLBN-X", BaseName = "PLBN X", Team = "Tim X", CreatedBy = "perencana-findings",
                PlannedFor = DateOnly.FromDateTime(DateTime.UtcNow), Route = Dashboard.Geo.Spatial.Geometries.Line((110.1, 0.5), (110.2, 0.6)),
            };
            db.Patrols.Add(patrol);
            await db.SaveChangesAsync();
            id = patrol.Id;
        }
        var keys = Enumerable.Range(0, 1001).Select(_ => Guid.NewGuid().ToString()).ToList();

        var response = await planner.PostAsync($"/api/patrols/{id}/outcome", new StringContent(
            new JsonObject { ["status"] = "Done", ["findings"] = new JsonArray([.. keys.Select(k => (JsonNode)Report(k))]) }.ToJsonString(), Encoding.UTF8, "application/json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 1000", errors.GetProperty("findings")[0].GetString());
        await using var check = await app.GeoAsync();
        Assert.False(await check.FieldReports.AnyAsync(r => r.IdempotencyKey == keys[0]));
        Assert.Equal(Dashboard.Geo.Domain.Patrols.PatrolStatus.Planned, (await check.Patrols.SingleAsync(p => p.Id == id)).Status);
    }

    public static TheoryData<string, string, string> BadImports => new()
    {
        { "3D coordinates", """{"type":"LineString","coordinates":[[110.1,1.0,12.5],[110.2,1.1,13.0]]}""", "third or fourth value" },
        { "4D coordinates", """{"type":"LineString","coordinates":[[110.1,1.0,12.5,7],[110.2,1.1,13.0,8]]}""", "third or fourth value" },
        { "a route in Kuala Lumpur", """{"type":"LineString","coordinates":[[101.68,3.13],[101.70,3.15]]}""", "lies in Malaysia" },
        { "200,000 vertices", Vertices(200_000), "at most 100,000" },
    };

    [Theory]
    [MemberData(nameof(BadImports))]
    public async Task ImportRatRoutes_WithABadGeometry_Is422NamingTheFeature_AndStoresNothing(string name, string geometry, string message)
    {
        var client = await app.SignedInClientAsync("planner-corpus", Roles.PatrolPlanner);
        var route = $"Jalur {name} {Guid.NewGuid():N}";
        var body = $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{{{geometry}}},"properties":{"name":"{{{route}}}"}}]}""";

        var response = await client.PostAsync("/api/import/rat-routes", new StringContent(body, Encoding.UTF8, "application/geo+json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(message, errors.GetProperty("features[0].geometry")[0].GetString());
        await using var db = await app.GeoAsync();
        Assert.False(await db.RatRoutes.AnyAsync(r => r.LocalName == route));
    }

    [Fact]
    public async Task ImportRatRoutes_WithAOneMegabyteName_Is422NamingTheName()
    {
        var client = await app.SignedInClientAsync("planner-longname", Roles.PatrolPlanner);
        var body = $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[110.1,1.0],[110.2,1.1]]},"properties":{"name":"{{{new string('n', 1024 * 1024)}}}"}}]}""";

        var response = await client.PostAsync("/api/import/rat-routes", new StringContent(body, Encoding.UTF8, "application/geo+json"));

        var errors = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 200", errors.GetProperty("features[0].properties.name")[0].GetString());
    }

    [Theory]
    [InlineData("/api/import/rat-routes")]
    [InlineData("/api/import/roads")]
    [InlineData("/api/import/regions")]
    public async Task Import_AsPlainText_IsRefused(string url)
    {
        var client = await app.SignedInClientAsync("admin-import-text", Roles.Administrator);
        const string body = """{"type":"FeatureCollection","features":[]}""";
        var withHeader = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "text/plain") };
        withHeader.Headers.Add("X-Requested-With", "XMLHttpRequest");

        var plain = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "text/plain"));
        var scripted = await client.SendAsync(withHeader);

        await AssertProblemAsync(plain, HttpStatusCode.Forbidden);
        var errors = await AssertProblemAsync(scripted, HttpStatusCode.UnsupportedMediaType);
        Assert.True(errors.TryGetProperty("Content-Type", out _), errors.ToString());
    }

    private static string Vertices(int count) =>
        "{\"type\":\"LineString\",\"coordinates\":[" + string.Join(",", Enumerable.Range(0, count).Select(i =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{110 + i * 1e-6:0.######},{1 + (i % 2) * 1e-6:0.######}]"))) + "]}";

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    /// <summary>The cookie the signed-in client holds, read back the way a thief would copy it: from a request it sends.</summary>
    private static async Task<string> CookieHeaderAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/situation/kpis");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
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
