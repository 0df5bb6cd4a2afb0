using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Web.Briefing;
using Dashboard.Web.RiskMap;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.RiskMap;

/// <summary>One risk scale: the briefing, the map's legend, the printed report and the map's cells in the browser.</summary>
public sealed partial class RiskScaleTests : BunitContext
{
    public RiskScaleTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("id");
        Services.AddLocalization();
    }

    [Fact]
    public void TheBrowsersCellColours_AreTheScalesColours()
    {
        var symbols = File.ReadAllText(Path.Combine(RepositoryRoot(), "Dashboard.Web", "wwwroot", "js", "map", "symbols.js"));
        var colours = RiskColours().Match(symbols).Groups[1].Value.Split(',').Select(c => c.Trim().Trim('"')).ToList();

        Assert.Equal(RiskScale.Bands.Select(b => b.Color), colours);
    }

    [Fact]
    public void ABriefingRow_ShowsItsBandInTheMapsColour_NamedForScreenReaders()
    {
        var row = new BriefingRow(1, "61", "Kalimantan Barat", 0.8, null, 0, [], "0", "5", "5", 0, "5", "0", "0", "0", "0", 109.3, -0.03, RiskBand: 2);

        var table = Render<BriefingRegionTable>(p => p.Add(t => t.Rows, [row]));

        var swatch = table.Find("[data-testid=risk-band]");
        Assert.Equal("2", swatch.GetAttribute("data-band"));
        Assert.Contains(RiskScale.Bands[2].Color, swatch.GetAttribute("style"));
        Assert.Equal("10% teratas", swatch.TextContent.Trim());
    }

    [Fact]
    public void ARowWithoutARun_ShowsNoBand()
    {
        var row = new BriefingRow(1, "61", "Kalimantan Barat", null, null, 0, [], "0", "5", "5", 0, "5", "0", "0", "0", "0", 109.3, -0.03);

        var table = Render<BriefingRegionTable>(p => p.Add(t => t.Rows, [row]));

        Assert.Empty(table.FindAll("[data-testid=risk-band]"));
    }

    [Fact]
    public void TheKey_ListsEveryBand_FromBelowTheMedianToTheTopOnePercent()
    {
        var key = Render<RiskScaleKey>();

        Assert.Equal(["-1", "0", "1", "2", "3", "4"], key.FindAll("[data-testid=risk-band]").Select(b => b.GetAttribute("data-band")));
        Assert.Contains("1% teratas", key.Markup);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Dashboard.sln not found above the test binaries");
    }

    [GeneratedRegex(@"export const RISK_COLORS = \[([^\]]+)\]")]
    private static partial Regex RiskColours();
}
