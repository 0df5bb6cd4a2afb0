using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

public sealed class ReportsApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    // One time for every body, so that a resent body is the same body.
    private static readonly DateTimeOffset Observed = DateTimeOffset.UtcNow.AddHours(-2);

    private static object Offloading(string key, double lat = 1.13) => new
    {
        idempotencyKey = key,
        kind = "CheckpointOffloading",
        longitude = 104.05,
        latitude = lat,
        observedAt = Observed,
        category = "penundaan keberangkatan",
        sourceReliability = "B",
        informationCredibility = 2,
        text = "Tiga perempuan muda tanpa dokumen kerja, tujuan Johor Bahru.",
        peopleCount = 3,
        profile = "perempuan muda",
        suspectedModus = "PMI_NONPROSEDURAL",
        intendedDestination = "MY",
    };

    [Fact]
    public async Task Submit_AValidReport_IsStoredWithTheSender_AndAResendIsRecognised()
    {
        var client = await app.SignedInClientAsync("petugas-batam", Roles.FieldOfficer);
        var key = Guid.NewGuid().ToString();

        var first = await client.PostAsJsonAsync("/api/reports", Offloading(key));
        var again = await client.PostAsJsonAsync("/api/reports", Offloading(key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var id = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var repeat = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id, repeat.GetProperty("id").GetInt64());
        Assert.True(repeat.GetProperty("duplicate").GetBoolean());
        await using var db = await app.GeoAsync();
        var stored = await db.FieldReports.Where(r => r.IdempotencyKey == key).ToListAsync();
        var report = Assert.Single(stored);
        Assert.Equal("petugas-batam", report.ReportingOfficer);
        Assert.Equal(DashboardClaims.Immigration, report.Agency);
        Assert.Equal('B', report.SourceReliability);
        Assert.Equal(0.64, report.CredibilityWeight, 9);
    }

    [Fact]
    public async Task Submit_BadInput_Is400NamingEveryBadField()
    {
        var client = await app.SignedInClientAsync("petugas-bad", Roles.FieldOfficer);

        var response = await client.PostAsJsonAsync("/api/reports", new
        {
            kind = "Rumour",
            longitude = 151.2,
            latitude = -33.9,
            category = "",
            sourceReliability = "G",
            informationCredibility = 9,
            text = "",
            observedAt = DateTimeOffset.UtcNow.AddDays(2),
            suspectedModus = "SMUGGLING",
            intendedDestination = "malaysia",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        var fields = errors.EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["category", "idempotencyKey", "informationCredibility", "intendedDestination", "kind", "location", "observedAt",
            "sourceReliability", "suspectedModus", "text"], fields);
        Assert.Contains("outside Indonesia", errors.GetProperty("location")[0].GetString());
    }

    [Fact]
    public async Task Batch_WithOneBadReport_StoresNothing_AndNamesTheReport()
    {
        var client = await app.SignedInClientAsync("petugas-batch-bad", Roles.FieldOfficer);
        var good = Guid.NewGuid().ToString();

        var response = await client.PostAsJsonAsync("/api/reports/batch", new { reports = new[] { Offloading(good), Offloading(Guid.NewGuid().ToString(), lat: 40) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("reports[1].location", out _));
        await using var db = await app.GeoAsync();
        Assert.False(await db.FieldReports.AnyAsync(r => r.IdempotencyKey == good));
    }

    [Fact]
    public async Task Batch_CountsNewAndResentReportsApart()
    {
        var client = await app.SignedInClientAsync("petugas-batch", Roles.FieldOfficer);
        var keys = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid().ToString()).ToList();
        await client.PostAsJsonAsync("/api/reports", Offloading(keys[0]));

        var response = await client.PostAsJsonAsync("/api/reports/batch", new { reports = keys.Select(k => Offloading(k)).ToArray() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(49, body.GetProperty("created").GetInt32());
        Assert.Equal(1, body.GetProperty("duplicates").GetInt32());
        await using var db = await app.GeoAsync();
        Assert.Equal(50, await db.FieldReports.CountAsync(r => keys.Contains(r.IdempotencyKey)));
    }

    [Fact]
    public async Task Submit_AsATimporaMemberOfAnotherAgency_IsForbidden()
    {
        var client = await app.SignedInClientAsync("tni-member", Roles.TimporaMember, agency: "TNI");

        var response = await client.PostAsJsonAsync("/api/reports", Offloading(Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
