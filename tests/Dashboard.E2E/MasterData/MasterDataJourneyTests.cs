using System.Text.Json;
using Dashboard.E2E.Infrastructure;
using Microsoft.Playwright;
using Npgsql;

namespace Dashboard.E2E.MasterData;

/// <summary>
/// An office builds its own ground truth in the browser: the Kanim registers an assisted village of its area by
/// picking its name and its Pimpasa, the Pimpasa logs a session on a phone, the village is on the map; HQ adds a crossing on the map that
/// is then a patrol base and the checkpoint of an offloading report.
/// </summary>
public sealed class MasterDataJourneyTests(DashboardServer server, BrowserSession browser)
    : IClassFixture<DashboardServer>, IClassFixture<BrowserSession>
{
    private const string VillageCode = "61.03.21.2004"; // Pala Pasang, Entikong, Kabupaten Sanggau

    [Fact]
    public async Task TheKanimRegistersAVillageOfItsArea_ThePimpasaLogsASessionOnAPhone_AndTheVillageIsOnTheMap()
    {
        // The administrator gives the Entikong office the gazetteer's code of its regency (the demo world numbers
        // Sanggau 61.05, the official list 61.03); its planner then keeps the villages of that working area.
        var admin = await browser.NewPageAsync(server.BaseUri);
        await SignIn.AsAsync(admin, "admin");
        var office = await admin.APIRequest.PutAsync("/api/admin/offices/KANIM-ENT", new APIRequestContextOptions
        {
            DataObject = new { name = "Kantor Imigrasi Kelas II TPI Entikong", kind = "Kanim", regencyCodes = new[] { "61.05", "61.03" } },
        });
        Assert.True(office.Ok, await office.TextAsync());
        var kanim = await browser.NewPageAsync(server.BaseUri);
        await SignIn.AsAsync(kanim, "perencana");
        await AppMenu.GoToAsync(kanim, "nav-villages");
        await kanim.WaitForSelectorAsync("[data-testid=villages-page][data-ready=true]");
        await kanim.ClickAsync("[data-testid=village-new]");
        // Typed at a person's pace right after the form opens: the first letter must survive the server's focus handling
        // (MudAutocomplete once selected the text then, and the second letter replaced the first).
        var picker = kanim.Locator("[data-testid=village-picker] input");
        await picker.PressSequentiallyAsync("Pala Pasa", new() { Delay = 80 });
        await Assertions.Expect(picker).ToHaveValueAsync("Pala Pasa");
        var option = kanim.Locator($"[data-testid=gazetteer-option][data-code='{VillageCode}']");
        await Assertions.Expect(option).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await option.ClickAsync();
        await Assertions.Expect(kanim.Locator("[data-testid=village-picked]")).ToContainTextAsync("Kabupaten Sanggau");
        await kanim.FillAsync("[data-testid=village-longitude]", "110.41");
        await kanim.FillAsync("[data-testid=village-latitude]", "1.02");
        await kanim.FillAsync("[data-testid=village-decree]", "W.17.IMI-UM.01.10-0421");
        await kanim.SelectOptionAsync("[data-testid=village-mentor]", new SelectOptionValue { Label = "Petugas Lapangan (petugas)" });
        await kanim.ClickAsync("[data-testid=village-save]");
        await Assertions.Expect(kanim.Locator("[data-testid=village-title]")).ToHaveTextAsync("Pala Pasang", new() { Timeout = 15_000 });
        await Assertions.Expect(kanim.Locator("[data-testid=mentor-item]")).ToContainTextAsync("Petugas Lapangan");
        await Assertions.Expect(kanim.Locator("[data-testid=village-since]")).ToContainTextAsync("Belum ada sosialisasi");

        var phone = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(phone, "petugas");
        await AppMenu.GoToAsync(phone, "nav-villages");
        await phone.WaitForSelectorAsync("[data-testid=villages-page][data-ready=true]");
        await phone.ClickAsync($"[data-testid=village-row][data-code='{VillageCode}'] [data-testid=village-link]");
        await phone.WaitForSelectorAsync("[data-testid=village-page][data-ready=true]");
        await phone.SelectOptionAsync("[data-testid=session-topic]", "OnlineJobScams");
        await phone.CheckAsync("[data-testid=session-partner-BP2MI]");
        await phone.FillAsync("[data-testid=session-women]", "14");
        await phone.FillAsync("[data-testid=session-men]", "9");
        await phone.FillAsync("[data-testid=session-youth]", "30"); // a mistake: more youth than people
        await phone.ClickAsync("[data-testid=session-save]");
        await Assertions.Expect(phone.Locator("[data-testid=error-attendance]")).ToBeVisibleAsync();
        await phone.FillAsync("[data-testid=session-youth]", "11");
        await phone.FillAsync("[data-testid=session-migrants]", "6");
        await phone.FillAsync("[data-testid=session-note]", "Warga bertanya soal lowongan kerja di Kamboja.");
        await phone.ClickAsync("[data-testid=session-save]");
        await Assertions.Expect(phone.Locator("[data-testid=village-message]")).ToContainTextAsync("Sosialisasi tercatat");
        await Assertions.Expect(phone.Locator("[data-testid=session-item]")).ToContainTextAsync("23 peserta");
        await Assertions.Expect(phone.Locator("[data-testid=village-since]")).ToContainTextAsync("0 hari");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "village-session-phone.png"), FullPage = true });

        // On the map: the search box finds the new village and flies to it; the villages layer draws it there.
        await kanim.GotoAsync("/");
        var map = new MapPageDriver(kanim);
        await map.WaitForBasemapAsync();
        await map.SearchAndGoAsync("Pala Pasang");
        await map.WaitForLayerDrawnAsync("villages");
        using var layer = JsonDocument.Parse(await (await kanim.APIRequest.GetAsync("/api/map/layers/villages?bbox=110.3,0.9,110.5,1.1&zoom=13")).TextAsync());
        Assert.Contains(layer.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("name").GetString() == "Pala Pasang");

        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT s.women, s.men, s.youth, s.prospective_migrants, s.partners, s.logged_by, v.mentor_user_id IS NOT NULL
            FROM geo.outreach_sessions s JOIN geo.assisted_villages v ON v.id = s.village_id WHERE v.village_code = @code
            """, connection);
        command.Parameters.AddWithValue("code", VillageCode);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((14, 9, 11, 6), (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        Assert.Equal(["BP2MI"], reader.GetFieldValue<string[]>(4));
        Assert.Equal("Petugas Lapangan", reader.GetString(5));
        Assert.True(reader.GetBoolean(6));
        Assert.False(await reader.ReadAsync(), "the session was stored once");
    }

    [Fact]
    public async Task HqAddsACrossingOnTheMap_ThenItIsAPatrolBase_AndAnOffloadingThereIsAccepted()
    {
        var hq = await browser.NewPageAsync(server.BaseUri);
        await SignIn.AsAsync(hq, "analis");
        await AppMenu.GoToAsync(hq, "nav-crossings");
        await hq.WaitForSelectorAsync("[data-testid=crossings-page][data-ready=true]");
        await hq.ClickAsync("[data-testid=crossing-new]");
        await hq.FillAsync("[data-testid=crossing-code]", "plbn-e2e");
        await hq.FillAsync("[data-testid=crossing-name]", "PLBN Uji Jagoi Babang");
        await hq.SelectOptionAsync("[data-testid=crossing-kind]", "LandBorderPost");
        await hq.FillAsync("[data-testid=crossing-office]", "Kanim Singkawang");
        await hq.Locator("[data-testid=crossing-regency] input").PressSequentiallyAsync("Bengkay", new() { Delay = 40 });
        await hq.ClickAsync("[data-testid=gazetteer-option][data-code='61.07']");
        // The location is picked on the small map: a click anywhere on Indonesia's land fills longitude and latitude.
        var picker = hq.Locator("[data-testid=crossing-location-map]");
        await Assertions.Expect(picker).ToHaveAttributeAsync("data-ready", "true");
        await picker.ClickAsync();
        await Assertions.Expect(picker).ToHaveAttributeAsync("data-picked", new System.Text.RegularExpressions.Regex(@"^1\d\d\.\d+,-?\d+\.\d+$"));
        await Assertions.Expect(hq.Locator("[data-testid=crossing-longitude]")).Not.ToHaveValueAsync("");
        await hq.FillAsync("[data-testid=crossing-passengers]", "350");
        await hq.FillAsync("[data-testid=crossing-officers]", "2");
        await hq.ClickAsync("[data-testid=crossing-save]");
        await Assertions.Expect(hq.Locator("[data-testid=crossing-row][data-code='PLBN-E2E']")).ToContainTextAsync("PLBN Uji Jagoi Babang");

        using var bases = JsonDocument.Parse(await (await hq.APIRequest.GetAsync("/api/patrols/bases")).TextAsync());
        Assert.Contains(bases.RootElement.EnumerateArray(), b => b.GetProperty("code").GetString() == "PLBN-E2E");
        var report = await hq.APIRequest.PostAsync("/api/reports", new APIRequestContextOptions
        {
            DataObject = new
            {
                idempotencyKey = Guid.NewGuid().ToString(), kind = "CheckpointOffloading", longitude = 109.65, latitude = 1.45,
                observedAt = DateTimeOffset.UtcNow.AddHours(-1), category = "penundaan keberangkatan", sourceReliability = "B",
                informationCredibility = 2, text = "Tiga perempuan muda tanpa dokumen kerja.", peopleCount = 3, crossingCode = "PLBN-E2E",
                suspectedModus = "PMI_NONPROSEDURAL", intendedDestination = "MY",
            },
        });
        Assert.Equal(201, report.Status);
    }

    [Fact]
    public async Task OnAPhone_HqImportsCrossingsFromASpreadsheet_FixesTheRefusedRow_ThenImportsExactlyWhatTheDryRunShowed()
    {
        var hq = await browser.NewPageAsync(server.BaseUri, width: 390, height: 844, touch: true);
        await SignIn.AsAsync(hq, "analis");
        await AppMenu.GoToAsync(hq, "nav-crossings");
        await hq.WaitForSelectorAsync("[data-testid=crossings-page][data-ready=true]");
        await hq.ClickAsync("[data-testid=crossing-import] summary");
        var file = hq.Locator("[data-testid=crossing-import-file]");
        const string header = "kode;nama;jenis;kantor;kodeKabupaten;bujur;lintang;penumpangHarian;petugasWawancara;jamOperasional;basisPatroli\n";
        const string good = "PLBN-IMPOR-E2E;PLBN Impor Aruk;PLBN;Kanim Sambas;61.01;109,61;1,63;400;2;07.00-17.00;ya\n";

        // First a file with a latitude typed as a word: the dry run refuses that row and names the column, in Indonesian as
        // the file names it, with the exact value read in the problem's detail.
        await file.SetInputFilesAsync(new FilePayload { Name = "tpi.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(header + good + "TPI-IMPOR-E2E;Bandara Uji;Bandara;Kanim Sambas;61.01;109,3;satu;;;;\n") });
        await hq.ClickAsync("[data-testid=crossing-import-dry]");
        var refused = hq.Locator("[data-testid=crossing-import-verdict][data-verdict=refused] [data-field=latitude]");
        await Assertions.Expect(refused).ToHaveTextAsync("lintang: Lintang harus berupa angka (mis. 1,02) di wilayah Indonesia.");
        await Assertions.Expect(refused).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("'satu'"));
        await Assertions.Expect(hq.Locator("[data-testid=crossing-import-run]")).ToBeDisabledAsync();
        await hq.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "crossing-import-refused-phone.png"), FullPage = true });

        // The fixed file: the dry run judges both rows created and stores nothing; the import then stores them.
        await file.SetInputFilesAsync(new FilePayload { Name = "tpi.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(header + good + "TPI-IMPOR-E2E;Bandara Uji;Bandara;Kanim Sambas;61.01;109,3;1,2;;;;\n") });
        // Choosing a file clears the last verdicts: once they are gone the panel holds the new file, as a person sees.
        await Assertions.Expect(hq.Locator("[data-testid=crossing-import-verdict]")).ToHaveCountAsync(0);
        await hq.ClickAsync("[data-testid=crossing-import-dry]");
        await Assertions.Expect(hq.Locator("[data-testid=crossing-import-verdict][data-verdict=created]")).ToHaveCountAsync(2);
        Assert.Equal(0, await hq.Locator("[data-testid=crossing-row][data-code='PLBN-IMPOR-E2E']").CountAsync());
        await hq.ClickAsync("[data-testid=crossing-import-run]");
        await Assertions.Expect(hq.Locator("[data-testid=crossing-import-summary]")).ToContainTextAsync("2 dibuat");
        await Assertions.Expect(hq.Locator("[data-testid=crossing-row][data-code='PLBN-IMPOR-E2E']")).ToContainTextAsync("PLBN Impor Aruk");
        await Assertions.Expect(hq.Locator("[data-testid=crossing-row][data-code='TPI-IMPOR-E2E']")).ToBeVisibleAsync();
        await hq.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "crossing-import-done-phone.png"), FullPage = true });
    }
}
