using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Web.Identity;
using Dashboard.Web.Screening;
using Dashboard.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static Dashboard.Web.Tests.Screening.ScreeningFixture;

namespace Dashboard.Web.Tests.Screening;

/// <summary>Passport-office interviews and the repeat-applicant alert across two offices, without the identity number kept anywhere.</summary>
public sealed class InterviewApiTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public Task InitializeAsync() => OfficesAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Interview(string identityNumber, string outcome) => new
    {
        id = Guid.NewGuid(), identityNumber, ageGroup = "Age21To23", sex = "Female", modus = "OnlineJobOffer",
        destinationCountry = "KH", indicators = new[] { "RecruitedOnline" }, outcome,
    };

    [Fact]
    public async Task ARefusedApplicantAtAnotherOfficeWithinAYear_RaisesOneAlertThatBothOfficesSee()
    {
        var batam = await app.SignedInClientAsync("petugas-int-batam", Roles.FieldOfficer, officeCode: Batam);
        var entikong = await app.SignedInClientAsync("petugas-int-entikong", Roles.FieldOfficer, officeCode: Entikong);

        var refused = await batam.PostAsJsonAsync("/api/interviews", Interview("3201010180010001", "Refused"));
        var sameOffice = await batam.PostAsJsonAsync("/api/interviews", Interview("3201 0101 8001 0001", "FieldCheck"));
        var elsewhere = await entikong.PostAsJsonAsync("/api/interviews", Interview("3201-0101-8001-0001", "CivilRegistryCheck"));
        var someoneElse = await entikong.PostAsJsonAsync("/api/interviews", Interview("3201010180010002", "Issued"));
        using var batamAlerts = JsonDocument.Parse(await batam.GetStringAsync("/api/interviews/alerts"));
        using var entikongAlerts = JsonDocument.Parse(await entikong.GetStringAsync("/api/interviews/alerts"));

        Assert.Equal(HttpStatusCode.Created, refused.StatusCode);
        Assert.Equal(0, JsonDocument.Parse(await sameOffice.Content.ReadAsStringAsync()).RootElement.GetProperty("repeatAlerts").GetInt32());
        Assert.Equal(1, JsonDocument.Parse(await elsewhere.Content.ReadAsStringAsync()).RootElement.GetProperty("repeatAlerts").GetInt32());
        Assert.Equal(0, JsonDocument.Parse(await someoneElse.Content.ReadAsStringAsync()).RootElement.GetProperty("repeatAlerts").GetInt32());
        var seenByBatam = Assert.Single(batamAlerts.RootElement.EnumerateArray());
        var seenByEntikong = Assert.Single(entikongAlerts.RootElement.EnumerateArray());
        Assert.Equal(Batam, seenByBatam.GetProperty("refusingOffice").GetString());
        Assert.Equal(Entikong, seenByEntikong.GetProperty("laterOffice").GetString());
        Assert.Contains(await LinesAsync(app, "petugas-int-batam"), l => l.Action == InterviewDesk.AlertsAction && l.Rows == 1);

        // In the live feed too: one alert per office, at the seat of its working area, naming the offices and no one else.
        var pair = seenByBatam.GetProperty("id").GetInt64();
        await using var geo = await app.GeoAsync();
        var raised = await geo.Alerts.AsNoTracking().Include(a => a.Evidence)
            .Where(a => a.Rule == AlertRule.RepeatApplicant && a.Evidence.Any(e => e.Kind == AlertEvidence.RepeatApplicant && e.Id == pair))
            .OrderBy(a => a.ProvinceCode).ToListAsync();
        Assert.Equal([RepeatApplicantAlerts.SubjectKey(pair, Batam), RepeatApplicantAlerts.SubjectKey(pair, Entikong)], raised.Select(a => a.SubjectKey));
        Assert.Equal(["21", "61"], raised.Select(a => a.ProvinceCode));
        Assert.Equal($"Kantor Imigrasi {Batam} · Kantor Imigrasi {Entikong}", raised[0].SubjectName);

        // A resend of the same interview (a dropped answer) raises nothing twice.
        var resent = await entikong.PostAsJsonAsync("/api/interviews", new
        {
            id = JsonDocument.Parse(await elsewhere.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid(),
            identityNumber = "3201-0101-8001-0001", ageGroup = "Age21To23", sex = "Female", modus = "OnlineJobOffer",
            destinationCountry = "KH", indicators = new[] { "RecruitedOnline" }, outcome = "CivilRegistryCheck",
        });
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(2, await geo.Alerts.CountAsync(a => a.Rule == AlertRule.RepeatApplicant && a.SubjectKey.StartsWith($"repeat:{pair}:")));
    }

    [Fact]
    public async Task TheIdentityNumber_IsNowhereInTheDatabaseInClear_NorInAnAnswer()
    {
        const string number = "3275091234567890";
        var batam = await app.SignedInClientAsync("petugas-int-clear", Roles.FieldOfficer, officeCode: Batam);
        var entikong = await app.SignedInClientAsync("petugas-int-clear-2", Roles.FieldOfficer, officeCode: Entikong);

        var first = await batam.PostAsJsonAsync("/api/interviews", Interview(number, "Refused"));
        var second = await entikong.PostAsJsonAsync("/api/interviews", Interview("3275.0912.3456.7890", "Refused"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.DoesNotContain(number, await first.Content.ReadAsStringAsync());
        Assert.DoesNotContain(number, await second.Content.ReadAsStringAsync());
        Assert.Empty(await WhereInClearAsync(number));
        Assert.Empty(await WhereInClearAsync("3275.0912"));
    }

    [Fact]
    public async Task BadInput_Is400NamingEachField_WithoutEchoingTheNumber_AndAnAccountWithoutAnOfficeIsTold()
    {
        var officer = await app.SignedInClientAsync("petugas-int-bad", Roles.FieldOfficer, officeCode: Batam);
        var noOffice = await app.SignedInClientAsync("analis-int-nooffice", Roles.HqAnalyst);
        var police = await app.SignedInClientAsync("polri-int", Roles.HqAnalyst, agency: "Polri");
        const string tooLong = "1234567890123456789012345678901234567890";

        var bad = await officer.PostAsJsonAsync("/api/interviews", new { id = Guid.NewGuid(), identityNumber = tooLong, sex = "Male", destinationCountry = "Atlantis" });
        var withoutOffice = await noOffice.PostAsJsonAsync("/api/interviews", Interview("3201010180019999", "Issued"));
        var refused = await police.PostAsJsonAsync("/api/interviews", Interview("3201010180019998", "Issued"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        Assert.DoesNotContain(tooLong, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        foreach (var field in new[] { "identityNumber", "ageGroup", "destinationCountry", "outcome" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        Assert.Equal(HttpStatusCode.BadRequest, withoutOffice.StatusCode);
        Assert.Contains("office", await withoutOffice.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>Every text-like column of every table in the database (screening, audit, hangfire, identity, geo) that holds the text.</summary>
    private async Task<List<string>> WhereInClearAsync(string text)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema', 'tiger', 'topology')
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        Assert.Contains(columns, c => c.Schema == "screening" && c.Table == "passport_interviews");
        var found = new List<string>();
        foreach (var (schema, table, column) in columns)
        {
            await using var probe = new NpgsqlCommand(
                $"SELECT EXISTS (SELECT 1 FROM \"{schema}\".\"{table}\" WHERE \"{column}\"::text LIKE @pattern)", connection);
            probe.Parameters.AddWithValue("pattern", $"%{text}%");
            if ((bool)(await probe.ExecuteScalarAsync())!)
                found.Add($"{schema}.{table}.{column}");
        }
        return found;
    }
}
