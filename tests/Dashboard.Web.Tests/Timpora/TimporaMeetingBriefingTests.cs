using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Web.Identity;
using Dashboard.Web.Tests.Api;

namespace Dashboard.Web.Tests.Timpora;

/// <summary>
/// A meeting opened from the briefing keeps the briefing's figures as they were, at the aggregate level every member
/// agency reads: a small count is "&lt;5" in the record even for the immigration chair, and stays so after more cases arrive.
/// </summary>
public sealed class TimporaMeetingBriefingTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AMeetingOpenedFromTheBriefing_KeepsItsAggregateFiguresAsTheyWere_ForEveryMember()
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        var polri = await TimporaWorld.MemberAsync(app, admin, "polri.briefing", "Polri", TimporaWorld.Sanggau);
        var chair = await app.SignedInClientAsync("chair.briefing", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var hq = await app.SignedInClientAsync("hq.briefing", Roles.HqAnalyst);
        foreach (var reference in new[] { "TMB/1", "TMB/2" })
        {
            var entered = await hq.PostAsJsonAsync("/api/cases", Case(reference, "2026-08-10"));
            Assert.True(entered.IsSuccessStatusCode, await entered.Content.ReadAsStringAsync());
        }

        // The third quarter of the disclosure calendar (ISO weeks 27–39), as the briefing page links to the meetings page.
        var opened = await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings", new
        {
            heldOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), place = "Aula Kanim Entikong", attendees = new[] { "polri.briefing" },
            briefingFrom = "2026-06-29", briefingTo = "2026-09-27",
        });
        Assert.True(opened.StatusCode == HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        var meetingId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        // Later entries for that quarter do not change what the meeting saw.
        foreach (var reference in new[] { "TMB/3", "TMB/4", "TMB/5", "TMB/6" })
            Assert.True((await hq.PostAsJsonAsync("/api/cases", Case(reference, "2026-08-20"))).IsSuccessStatusCode);

        foreach (var reader in new[] { chair, polri })
        {
            var meetings = await reader.GetFromJsonAsync<JsonElement>("/api/timpora/areas/61.05/meetings");
            var briefing = meetings.EnumerateArray().Single(m => m.GetProperty("id").GetInt64() == meetingId).GetProperty("briefing");
            Assert.Equal(("2026-06-29", "2026-09-27"), (briefing.GetProperty("from").GetString(), briefing.GetProperty("to").GetString()));
            Assert.Equal(5, briefing.GetProperty("k").GetInt32());
            var sanggau = Assert.Single(briefing.GetProperty("regions").EnumerateArray(), r => r.GetProperty("code").GetString() == TimporaWorld.Sanggau);
            Assert.Equal("<5", sanggau.GetProperty("cases").GetString());
            Assert.Single(briefing.GetProperty("regions").EnumerateArray());
        }
        var record = await polri.GetStringAsync($"/api/timpora/meetings/{meetingId}/record.csv");
        Assert.Contains("cases <5", record);
        Assert.DoesNotContain("cases 2", record);
    }

    [Theory]
    [InlineData("2026-09-27", "2026-06-29")]
    [InlineData("2026-06-29", "tomorrow")]
    [InlineData("2025-12-01", "2026-01-31")] // two ISO years: no calendar period holds it
    public async Task ABriefingPeriodThatCannotBeKept_IsRefusedNamingBriefingFrom_AndNoMeetingIsOpened(string from, string to)
    {
        var admin = await TimporaWorld.EnsureAsync(app);
        await TimporaWorld.MemberAsync(app, admin, "tni.briefing", "TNI", TimporaWorld.Sanggau);
        var chair = await app.SignedInClientAsync("chair.briefing.bad", Roles.PatrolPlanner, officeCode: TimporaWorld.CoveringOffice);
        var place = $"Ruang {Guid.NewGuid():N}";

        var opened = await chair.PostAsJsonAsync("/api/timpora/areas/61.05/meetings", new
        {
            heldOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), place, attendees = new[] { "tni.briefing" }, briefingFrom = from, briefingTo = to,
        });

        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        using var problem = JsonDocument.Parse(await opened.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("briefingFrom", out _));
        var meetings = await chair.GetStringAsync("/api/timpora/areas/61.05/meetings");
        Assert.DoesNotContain(place, meetings);
    }

    private static object Case(string reference, string reportedOn) => new
    {
        reference, reportingAgency = "Polri", reportedOn, regencyCode = TimporaWorld.Sanggau, longitude = 110.6, latitude = 0.12,
        victims = new object[] { new { sex = "Female", ageGroup = "Age21To23", count = 1 } },
        modusOperandi = "ONLINE_SCAM_JOB", destinationCountry = "MY", exploitation = "ForcedCriminality",
        meansOfControl = new[] { "DebtBondage" }, recruiterRelation = "Stranger",
    };
}
