using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Spatial;
using Dashboard.Jobs.RiskMap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Jobs.Tests.RiskMap;

public sealed class ReportDensityTests(RiskMapHost host) : IClassFixture<RiskMapHost>
{
    [Fact]
    public async Task Run_CountsCredibleRecentReports_WhereTheyWereMade()
    {
        await using (var db = host.Database.CreateGeoContext())
        {
            foreach (var (key, grading, age) in new[] { ("r-a1", ('A', 1), 1), ("r-a1-b", ('A', 1), 2), ("r-old", ('A', 1), 400) })
            {
                db.FieldReports.Add(new FieldReport
                {
                    IdempotencyKey = $"{key}-{Guid.NewGuid():N}", Kind = ReportKind.PatrolSighting, Location = Geometries.Point(110.40, 0.90),
                    ObservedAt = DateTimeOffset.UtcNow.AddDays(-age), ReceivedAt = DateTimeOffset.UtcNow, Category = "perahu malam",
                    SourceReliability = grading.Item1, InformationCredibility = grading.Item2, Text = "Rombongan menyeberang",
                    ReportingOfficer = "uji", Agency = "Imigrasi",
                });
            }
            await db.SaveChangesAsync();
        }
        await using var scope = host.Services.CreateAsyncScope();

        var run = await scope.ServiceProvider.GetRequiredService<RiskMapJob>().RunAsync("reports-test", CancellationToken.None);

        await using var check = host.Database.CreateGeoContext();
        var here = new HexGrid(10_000).CellAt(110.40, 0.90).Id;
        var far = new HexGrid(10_000).CellAt(111.60, -1.20).Id;
        var cell = await check.CellRisks.SingleAsync(c => c.RunId == run && c.CellId == here);
        Assert.True(cell.ReportDensity > 0);
        Assert.Equal(0, (await check.CellRisks.SingleAsync(c => c.RunId == run && c.CellId == far)).ReportDensity);
        var counts = System.Text.Json.JsonDocument.Parse((await check.RiskRuns.SingleAsync(r => r.Id == run)).InputCounts!).RootElement;
        Assert.Equal(2, counts.GetProperty("reports").GetInt32()); // the 400-day-old one is beyond four half-lives
    }
}
