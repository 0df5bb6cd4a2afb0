using Bunit;
using Dashboard.Web.Import;
using Dashboard.Web.Tests.Map;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Tests.Import;

/// <summary>The import panel says why a file or a row was refused in Bahasa Indonesia, naming columns as the Indonesian template does.</summary>
public sealed class MasterImportPanelTests : MapTestContext
{
    public MasterImportPanelTests() => AddAuthorization().SetAuthorized("analis");

    [Fact]
    public void AFileMissingAColumn_IsNamedInIndonesian()
    {
        var ledger = new ImportLedger(dryRun: true);
        Assert.Null(ledger.Open("code;name\nA;B\n"u8.ToArray(), "/t.csv",
            [new ImportColumn("code", "kode", true), new ImportColumn("regencyCode", "kodeKabupaten", true)], 10, "rows"));
        var cut = RenderPanel(ledger.Refused());

        cut.Find("[data-testid=x-import-dry]").Click();

        var problem = cut.Find("[data-testid=x-import-error]");
        Assert.Equal("MissingColumn", problem.GetAttribute("data-code"));
        Assert.Equal("Kolom 'kodeKabupaten' (atau 'regencyCode') tidak ada; gunakan kolom-kolom templat.", problem.TextContent);
    }

    [Fact]
    public void ARefusedCell_ShowsTheRuleInIndonesian_AndKeepsTheExactDetailOnHover()
    {
        var result = new MasterImportResult(true, 1, 0, 0, 0, 1,
            [new ImportRowVerdict("rows[1]", "TPI-X", ImportVerdict.Refused, new Dictionary<string, string> { ["latitude"] = "latitude 'satu' is not a number." })],
            new Dictionary<string, string[]> { ["rows[1].latitude"] = ["latitude 'satu' is not a number."] })
        { Columns = new Dictionary<string, string> { ["latitude"] = "lintang" } };
        var cut = RenderPanel(result);

        cut.Find("[data-testid=x-import-dry]").Click();

        var cell = cut.Find("[data-testid=x-import-verdict] [data-field=latitude]");
        Assert.Equal("lintang: Lintang harus berupa angka (mis. 1,02) di wilayah Indonesia.", cell.TextContent);
        Assert.Equal("latitude 'satu' is not a number.", cell.GetAttribute("title"));
        Assert.Equal("ditolak", cut.Find("[data-testid=x-import-verdict] td:nth-child(3)").TextContent);
    }

    private IRenderedComponent<MasterImportPanel> RenderPanel(MasterImportResult answer)
    {
        var cut = Render<MasterImportPanel>(p => p
            .Add(x => x.Prefix, "x")
            .Add(x => x.TemplatePath, "api/x/import/template.csv")
            .Add(x => x.Import, (_, _, _) => Task.FromResult(answer)));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("a;b\n", "x.csv"));
        return cut;
    }
}
