using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;
using static Dashboard.Web.Tests.Screening.ScreeningFixture;

namespace Dashboard.Web.Tests.Screening;

/// <summary>
/// The protection path in figures: exact for immigration, and for another agency an ended quarter's national
/// aggregates that hide small counts and give the same answer to every period inside the quarter.
/// </summary>
public sealed class ProtectionFiguresTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await CrossingAsync(app, "BTC-UJI", "Pelabuhan Batam Centre (uji)");
        await OfficesAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Screening(Guid id, DateTimeOffset at, string disposition) => new
    {
        id, crossing = "BTC-UJI", screenedAt = at, ageGroup = "Age18To20", sex = "Female", travellingAlone = true, groupSize = 1,
        documents = new[] { "Passport" }, statedPurpose = "Tourism", modus = "OnlineJobOffer", destinationCountry = "KH",
        indicators = new[] { "CannotExplainPurpose" }, disposition,
    };

    private static async Task RecordAsync(HttpClient officer, DateTimeOffset at, string disposition)
    {
        var response = await officer.PostAsJsonAsync("/api/screenings", Screening(Guid.NewGuid(), at, disposition));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static long? Value(JsonElement figure) => figure.GetProperty("value").ValueKind == JsonValueKind.Null ? null : figure.GetProperty("value").GetInt64();

    [Fact]
    public async Task Immigration_SeesItsScopeExactly_WithReferralsAndTheirMedianDelay()
    {
        var officer = await app.SignedInClientAsync("petugas-fig-1", Roles.FieldOfficer, officeCode: Batam);
        var hq = await app.SignedInClientAsync("analis-fig-1", Roles.HqAnalyst);
        var admin = await app.SignedInClientAsync("admin-fig-1", Roles.Administrator);
        var day = new DateTimeOffset(2024, 3, 5, 3, 0, 0, TimeSpan.Zero);
        await RecordAsync(officer, day, "DepartureDelayed");
        await RecordAsync(officer, day.AddHours(1), "DepartureDelayed");
        var victim = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/screenings", Screening(victim, day.AddHours(2), "PotentialVictim"))).StatusCode);
        var protection = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/protection", new { id = protection, screeningId = victim, noAdministrativeAction = true, consent = "Yes" })).StatusCode);
        var service = JsonDocument.Parse(await (await admin.PostAsJsonAsync("/api/services", new
        {
            name = "UPTD PPA (uji angka)", kind = "UptdPpa", regionCode = "21.71", contact = "1", takesAdults = true, takesMinors = true,
            takesWomen = true, takesMen = true, capacity = 5, agency = "Pemda",
        })).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/protection/{protection}/referrals", new { id = Guid.NewGuid(), serviceId = service, reason = "rumah aman" })).StatusCode);

        using var figures = JsonDocument.Parse(await hq.GetStringAsync("/api/screenings/figures?from=2024-03-01&to=2024-03-10"));
        var root = figures.RootElement;

        Assert.False(root.GetProperty("aggregatesOnly").GetBoolean());
        Assert.Equal(3, Value(root.GetProperty("screenings")));
        Assert.Equal(2, Value(root.GetProperty("byDisposition").GetProperty("DepartureDelayed")));
        Assert.Equal(1, Value(root.GetProperty("potentialVictims")));
        Assert.Equal(1, Value(root.GetProperty("referralsByStatus").GetProperty("Pending")));
        Assert.Equal(3, Value(root.GetProperty("byModus").GetProperty("OnlineJobOffer")));
        var checkpoint = Assert.Single(root.GetProperty("byCheckpoint").EnumerateArray());
        Assert.Equal("BTC-UJI", checkpoint.GetProperty("code").GetString());
        Assert.Equal(1, Value(checkpoint.GetProperty("byDisposition").GetProperty("PotentialVictim")));
        Assert.NotEqual(JsonValueKind.Null, root.GetProperty("medianToReferral").ValueKind);
    }

    [Fact]
    public async Task AnotherAgency_GetsTheEndedQuartersNationalAggregates_SmallCountsHidden_TheSameForEveryPeriodInside()
    {
        var officer = await app.SignedInClientAsync("petugas-fig-2", Roles.FieldOfficer, officeCode: Batam);
        var police = await app.SignedInClientAsync("polri-fig-2", Roles.TimporaMember, agency: "Polri");
        // 2023-Q2 (ISO weeks 14–26): six delayed departures and one potential victim.
        var day = new DateTimeOffset(2023, 5, 2, 3, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 6; i++)
            await RecordAsync(officer, day.AddDays(i), "DepartureDelayed");
        await RecordAsync(officer, day.AddDays(20), "PotentialVictim");

        var early = await police.GetStringAsync("/api/screenings/figures?from=2023-05-01&to=2023-05-03");
        var late = await police.GetStringAsync("/api/screenings/figures?from=2023-05-20&to=2023-05-24");
        using var figures = JsonDocument.Parse(early);
        var root = figures.RootElement;

        Assert.Equal(early, late);
        Assert.True(root.GetProperty("aggregatesOnly").GetBoolean());
        Assert.Equal("2023-Q2", root.GetProperty("periodKey").GetString());
        Assert.Equal(7, Value(root.GetProperty("screenings")));
        // One potential victim is hidden, and so is the delayed count that would give it away (7 − 6 = 1).
        Assert.Null(Value(root.GetProperty("potentialVictims")));
        Assert.Null(Value(root.GetProperty("byDisposition").GetProperty("DepartureDelayed")));
        Assert.Equal("<5", root.GetProperty("potentialVictims").GetProperty("text").GetString());
        var checkpoint = Assert.Single(root.GetProperty("byCheckpoint").EnumerateArray());
        Assert.Empty(checkpoint.GetProperty("byDisposition").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("medianToReferral").ValueKind);
    }

    [Fact]
    public async Task AnotherAgency_AskingForToday_GetsTheLastEndedQuarter_NotTheRunningOne()
    {
        var officer = await app.SignedInClientAsync("petugas-fig-3", Roles.FieldOfficer, officeCode: Batam);
        var police = await app.SignedInClientAsync("polri-fig-3", Roles.TimporaMember, agency: "Polri");
        await RecordAsync(officer, DateTimeOffset.UtcNow.AddMinutes(-5), "PotentialVictim");
        var before = await police.GetStringAsync("/api/screenings/figures");
        await RecordAsync(officer, DateTimeOffset.UtcNow.AddMinutes(-1), "PotentialVictim");
        var after = await police.GetStringAsync("/api/screenings/figures");
        var bad = await police.GetAsync("/api/screenings/figures?from=2024-13-01&province=X");

        Assert.Equal(before, after);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var current = Dashboard.Geo.Disclosure.CalendarPeriod.Of(today, Dashboard.Geo.Disclosure.CalendarGranularity.Quarter).Key;
        Assert.NotEqual(current, JsonDocument.Parse(after).RootElement.GetProperty("periodKey").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("from", out _));
        Assert.True(errors.TryGetProperty("province", out _));
    }
}
