using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Jobs.RiskMap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Jobs.Tests.RiskMap;

public sealed class RegionRollupTests(RiskMapHost host) : IClassFixture<RiskMapHost>
{
    private async Task<int> RunAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RiskMapJob>().RunAsync("rollup-test", CancellationToken.None);
    }

    [Fact]
    public async Task Run_RollsCellsUpToRegions_WithChangeSinceThePreviousRun()
    {
        var first = await RunAsync();
        var second = await RunAsync();

        await using var db = host.Database.CreateGeoContext();
        var cells = await db.CellRisks.Where(c => c.RunId == second && c.ProvinceCode == "32").ToListAsync();
        var westJava = await db.RegionRisks.SingleAsync(r => r.RunId == second && r.Level == "province" && r.Code == "32");
        Assert.Equal(cells.Count, westJava.Cells);
        Assert.Equal(cells.Average(c => c.Score), westJava.MeanScore, 9);
        Assert.Equal(cells.Count(c => c.IsHotSpot), westJava.HotCells);
        var before = await db.RegionRisks.SingleAsync(r => r.RunId == first && r.Level == "province" && r.Code == "32");
        Assert.Equal(before.MeanScore, westJava.PreviousRunMeanScore!.Value, 9);
        Assert.Null(westJava.PreviousPeriodMeanScore); // no run 28 days older
        Assert.True(await db.RegionRisks.AnyAsync(r => r.RunId == second && r.Level == "regency" && r.Code == "32.12"));
    }

    [Fact]
    public async Task Rank_PutsTheRiskiestRegionFirst_AndNamesItsDrivingFactors()
    {
        var run = await RunAsync();
        var query = new RegionRiskQuery(host.Services.GetRequiredService<IDbContextFactory<GeoDbContext>>());

        var provinces = await query.RankAsync(run, "province", null, CancellationToken.None);
        var regencies = await query.RankAsync(run, "regency", "61", CancellationToken.None);

        Assert.Equal(provinces.OrderByDescending(p => p.MeanScore).Select(p => p.Code), provinces.Select(p => p.Code));
        Assert.Contains(provinces, p => p.Code == "32" && p.Name == "Jawa Barat");
        // The riskiest province is above the national mean somewhere, so at least one factor drives it.
        Assert.NotEmpty(provinces[0].TopFactors);
        Assert.All(regencies, r => Assert.StartsWith("61.", r.Code));
        Assert.Equal(0, provinces.Single(p => p.Code == "32").ChangeSincePreviousRun ?? 0, 9);
    }
}
