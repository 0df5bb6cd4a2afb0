using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Identity;
using Dashboard.Web.Screening;
using Dashboard.Web.Tests.Api;
using static Dashboard.Web.Tests.Screening.ScreeningFixture;

namespace Dashboard.Web.Tests.Screening;

/// <summary>Repatriations through the API: the return recorded, handed over to a service, the issuing office's notice acknowledged, and who may see it.</summary>
public sealed class RepatriationApiTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await CrossingAsync(app, "BTC-UJI", "Pelabuhan Batam Centre (uji)");
        await OfficesAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>One arrival for every send of a test, so a resend says the same.</summary>
    private static readonly DateTimeOffset Arrived = DateTimeOffset.UtcNow.AddHours(-3);

    private static object Body(Guid id, string fromCountry = "KH", string? issuingOffice = Entikong, DateTimeOffset? arrivalAt = null, int groupSize = 3) => new
    {
        id, ageGroup = "Age18To20", sex = "Male", groupSize, fromCountry, mission = "KBRI Phnom Penh", temporaryTravelDocument = true,
        arrivalCrossing = "BTC-UJI", arrivalAt = arrivalAt ?? Arrived, issuingOffice,
    };

    [Fact]
    public async Task AReturn_IsRecorded_HandedOverToAService_AndTheIssuingOfficeAcknowledgesItsNotice()
    {
        var batam = await app.SignedInClientAsync("petugas-rep-1", Roles.FieldOfficer, officeCode: Batam);
        var entikong = await app.SignedInClientAsync("petugas-rep-entikong", Roles.FieldOfficer, officeCode: Entikong);
        var admin = await app.SignedInClientAsync("admin-rep-1", Roles.Administrator);
        var service = await admin.PostAsJsonAsync("/api/services", new
        {
            name = "Dinas Sosial Kota Batam (uji rep)", kind = "Dinsos", regionCode = "21.71", contact = "0778-1", takesAdults = true,
            takesMinors = false, takesWomen = true, takesMen = true, capacity = 20, agency = "Dinsos",
        });
        var serviceId = JsonDocument.Parse(await service.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var id = Guid.NewGuid();

        var created = await batam.PostAsJsonAsync("/api/repatriations", Body(id));
        var resent = await batam.PostAsJsonAsync("/api/repatriations", Body(id));
        var otherContent = await batam.PostAsJsonAsync("/api/repatriations", Body(id, groupSize: 4));
        using var notices = JsonDocument.Parse(await entikong.GetStringAsync("/api/repatriations"));
        var handOverByIssuer = await entikong.PostAsJsonAsync($"/api/repatriations/{id}/hand-over", new { kind = "Family" });
        var acknowledgedByHolder = await batam.PostAsJsonAsync($"/api/repatriations/{id}/notice/acknowledge", new { });
        var acknowledged = await entikong.PostAsJsonAsync($"/api/repatriations/{id}/notice/acknowledge", new { });
        var handedOver = await batam.PostAsJsonAsync($"/api/repatriations/{id}/hand-over", new { kind = "Service", serviceId, note = "Diterima pendamping Dinsos." });
        var handedOverAgain = await batam.PostAsJsonAsync($"/api/repatriations/{id}/hand-over", new { kind = "Service", serviceId });
        var handedOverOtherwise = await batam.PostAsJsonAsync($"/api/repatriations/{id}/hand-over", new { kind = "Family" });
        using var record = JsonDocument.Parse(await batam.GetStringAsync($"/api/repatriations/{id}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, otherContent.StatusCode);
        var notice = Assert.Single(notices.RootElement.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(Entikong, notice.GetProperty("issuingOfficeCode").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, handOverByIssuer.StatusCode);
        Assert.Contains("kantor yang mencatat", await handOverByIssuer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, acknowledgedByHolder.StatusCode);
        Assert.Contains("kantor penerbit paspor", await acknowledgedByHolder.Content.ReadAsStringAsync());
        Assert.True(acknowledged.StatusCode == HttpStatusCode.OK, await acknowledged.Content.ReadAsStringAsync());
        Assert.True(handedOver.StatusCode == HttpStatusCode.OK, await handedOver.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, handedOverAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, handedOverOtherwise.StatusCode);
        var root = record.RootElement;
        Assert.Equal("HandedOver", root.GetProperty("stage").GetString());
        Assert.Equal("Dinas Sosial Kota Batam (uji rep)", root.GetProperty("handOverServiceName").GetString());
        Assert.True(root.GetProperty("temporaryTravelDocument").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, root.GetProperty("noticeAcknowledgedAt").ValueKind);
        var delay = TimeSpan.Parse(root.GetProperty("timeToHandOver").GetString()!);
        Assert.InRange(delay, TimeSpan.FromHours(2.9), TimeSpan.FromHours(3.1));
        Assert.Contains(await LinesAsync(app, "petugas-rep-1"), l => l.Action == RepatriationDesk.ReadAction && l.Rows == 1);
        Assert.Contains(await LinesAsync(app, "petugas-rep-entikong"), l => l.Action == RepatriationDesk.ListAction && l.Rows >= 1);
        Assert.Contains(await LinesAsync(app, "petugas-rep-entikong"), l => l.Action == RepatriationDesk.AcknowledgeAction);
    }

    [Fact]
    public async Task BadInput_NamesEachField_AndNothingIsStored()
    {
        var batam = await app.SignedInClientAsync("petugas-rep-2", Roles.FieldOfficer, officeCode: Batam);
        var id = Guid.NewGuid();

        var bad = await batam.PostAsJsonAsync("/api/repatriations", new
        {
            id, ageGroup = "Nope", sex = (string?)null, groupSize = 0, fromCountry = "Indonesia", mission = "KBRI\u0000X",
            arrivalCrossing = "NOWHERE", arrivalAt = new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero), issuingOffice = "KANIM-NONE",
        });
        var badEnums = await batam.PostAsJsonAsync("/api/repatriations", new
        {
            id, sex = (string?)null, groupSize = 0, fromCountry = "Indonesia", mission = new string('x', 201),
            arrivalCrossing = "NOWHERE", arrivalAt = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero), issuingOffice = "KANIM-NONE",
        });
        var stored = await batam.GetAsync($"/api/repatriations/{id}");
        var future = Guid.NewGuid();
        await batam.PostAsJsonAsync("/api/repatriations", Body(future, arrivalAt: DateTimeOffset.UtcNow.AddDays(2), issuingOffice: null));
        var tooEarly = await batam.PostAsJsonAsync($"/api/repatriations/{future}/hand-over", new { kind = "Family" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badEnums.StatusCode);
        var errors = JsonDocument.Parse(await badEnums.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "ageGroup", "sex", "groupSize", "fromCountry", "mission", "arrivalCrossing", "arrivalAt", "issuingOffice" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("\"at\"", await tooEarly.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnotherOffice_AnotherAgency_AndAnUnsignedRequest_AreRefusedTheRecord()
    {
        var batam = await app.SignedInClientAsync("petugas-rep-3", Roles.FieldOfficer, officeCode: Batam);
        var entikong = await app.SignedInClientAsync("petugas-rep-entikong-3", Roles.FieldOfficer, officeCode: Entikong);
        var police = await app.SignedInClientAsync("polri-rep", Roles.HqAnalyst, agency: "Polri");
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await batam.PostAsJsonAsync("/api/repatriations", Body(id, issuingOffice: null))).StatusCode);

        var theirs = await entikong.GetAsync($"/api/repatriations/{id}");
        using var theirList = JsonDocument.Parse(await entikong.GetStringAsync("/api/repatriations"));
        var policeRead = await police.GetAsync($"/api/repatriations/{id}");
        var policeWrite = await police.PostAsJsonAsync("/api/repatriations", Body(Guid.NewGuid()));
        var unsigned = await app.AnonymousClient().GetAsync($"/api/repatriations/{id}");

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.DoesNotContain(theirList.RootElement.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Contains(await LinesAsync(app, "petugas-rep-entikong-3"), l => l.Action == RepatriationDesk.ReadAction && l.Rows == 0);
        Assert.Equal(HttpStatusCode.Forbidden, policeRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, policeWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }
}
