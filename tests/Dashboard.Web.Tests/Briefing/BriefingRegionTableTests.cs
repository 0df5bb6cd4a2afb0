using System.Globalization;
using Dashboard.Web.Briefing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Briefing;

public sealed class BriefingRegionTableTests : BunitContext
{
    private static readonly BriefingRow WestKalimantan = new(1, "61", "Kalimantan Barat", 0.412, 0.02, 12, ["threat"], "3", "13", "26", -13,
        "20", "<5", "44", "30", "7", 109.3, -0.03);

    public BriefingRegionTableTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("id");
        Services.AddLocalization();
    }

    [Fact]
    public void InFull_ShowsEveryColumn()
    {
        var table = Render<BriefingRegionTable>(p => p.Add(t => t.Rows, [WestKalimantan]));

        Assert.Equal(8, table.FindAll("thead th").Count);
        Assert.Equal(8, table.FindAll("tbody td").Count);
    }

    [Fact]
    public void Compact_KeepsRankRegionRiskAlertsAndCases_ForANarrowCard()
    {
        var table = Render<BriefingRegionTable>(p => p.Add(t => t.Rows, [WestKalimantan]).Add(t => t.Compact, true));

        Assert.Equal(5, table.FindAll("thead th").Count);
        var cells = table.FindAll("tbody td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1", cells[0]);
        Assert.Equal("Kalimantan Barat", cells[1]);
        Assert.StartsWith("0,412", cells[2]);
        Assert.Equal("3", cells[3]);
        Assert.StartsWith("13", cells[4]);
    }
}
