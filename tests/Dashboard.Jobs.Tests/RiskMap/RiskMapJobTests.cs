using System.Text.Json;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Jobs.RiskMap;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Jobs.Tests.RiskMap;

public sealed class RiskMapJobTests(RiskMapHost host) : IClassFixture<RiskMapHost>
{
    private async Task<int> RunAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RiskMapJob>().RunAsync("test", CancellationToken.None);
    }

    [Fact]
    public async Task Run_OnARealDatabase_StoresEveryCellWithItsFactors_AndRecordsTheRun()
    {
        var runId = await RunAsync();

        await using var db = host.Database.CreateGeoContext();
        var run = await db.RiskRuns.SingleAsync(r => r.Id == runId);
        Assert.Equal(RiskRunStatus.Succeeded, run.Status);
        var gridCells = await db.GridCells.CountAsync(c => c.EdgeMetres == 10000);
        Assert.InRange(gridCells, 600, 2000); // ~16 square degrees of land plus the coastal buffer, 260 km² a cell
        Assert.Equal(gridCells, await db.CellRisks.CountAsync(c => c.RunId == runId));
        Assert.Equal(gridCells, run.CellCount);
        Assert.True(run.HotSpotCount > 0);
        Assert.True(await db.GridCells.AllAsync(c => c.ProvinceCode == "32" || c.ProvinceCode == "61" || c.ProvinceCode == "36" || c.ProvinceCode == "31" || c.ProvinceCode == "33"),
            "cells in the two boxes belong to the provinces around them");
        var counts = JsonDocument.Parse(run.InputCounts!).RootElement;
        Assert.True(counts.GetProperty("cases").GetInt32() > 1000);
        var stages = JsonDocument.Parse(run.StageDurations!).RootElement;
        Assert.All(["grid", "read", "compute", "persist", "kernel", "fit"], stage => Assert.True(stages.TryGetProperty(stage, out _), stage));
        // Five years of demo history: the threat is fitted, and the run keeps the fit it used beside its settings.
        Assert.Equal(Dashboard.Jobs.Risk.FittedThreat.ModelVersion, run.ModelVersion);
        var fit = JsonDocument.Parse(run.Parameters).RootElement.GetProperty("ThreatFit");
        Assert.Equal(Dashboard.Jobs.Risk.FittedThreat.FeatureNames.Length, fit.GetProperty("Coefficients").GetArrayLength());
        Assert.All(fit.GetProperty("Coefficients").EnumerateArray(), c => Assert.True(c.GetDouble() >= 0));
        Assert.Equal(10000, JsonDocument.Parse(run.Parameters).RootElement.GetProperty("GridEdgeMetres").GetInt32()); // the settings stay beside it
        // Indramayu (West Java) is the demo's heaviest origin: its cell scores above the median cell.
        var hottest = await db.CellRisks.Where(c => c.RunId == runId).OrderByDescending(c => c.Score).FirstAsync();
        Assert.True(hottest.IsHotSpot);
        Assert.Equal(hottest.Threat * hottest.Vulnerability * hottest.Impact, hottest.Score, 9);
    }

    [Fact]
    public async Task Run_RecordsTheWatchListVersionInForce()
    {
        long saved;
        await using (var db = host.Database.CreateGeoContext())
        {
            var version = new Dashboard.Geo.Domain.WatchLists.AlertThresholds
            {
                ChangedAt = DateTimeOffset.UtcNow, ChangedBy = "analis-uji", Note = "visa ziarah ke SA", WatchedDestinations = ["SA", "MY"],
                OffloadingClusterSize = 3, OffloadingWindowHours = 24, RatRouteDistanceKm = 2, CredibleWeight = 0.5,
            };
            db.AlertThresholds.Add(version);
            await db.SaveChangesAsync();
            saved = version.Id;
        }

        var runId = await RunAsync();

        await using var check = host.Database.CreateGeoContext();
        var run = await check.RiskRuns.SingleAsync(r => r.Id == runId);
        Assert.Equal(saved, JsonDocument.Parse(run.Parameters).RootElement.GetProperty("WatchListVersion").GetInt64());
    }

    [Fact]
    public async Task Run_ThatFails_IsRecordedAsFailed_AndThePreviousMapStays()
    {
        var good = await RunAsync();
        await using (var db = host.Database.CreateGeoContext())
        {
            // Without its grid and outline the next run cannot even start computing.
            await db.GridCells.ExecuteDeleteAsync();
            await db.LandAreas.ExecuteDeleteAsync();
        }

        await Assert.ThrowsAsync<InvalidOperationException>(RunAsync);

        await using var check = host.Database.CreateGeoContext();
        var failed = await check.RiskRuns.OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(RiskRunStatus.Failed, failed.Status);
        Assert.Contains("land outline is not loaded", failed.Error);
        var queries = new RiskRunQueries(host.Services.GetRequiredService<IDbContextFactory<GeoDbContext>>());
        Assert.Equal(good, await queries.LatestSucceededAsync(CancellationToken.None));
        Assert.True(await check.CellRisks.AnyAsync(c => c.RunId == good));
        await RestoreOutlineAsync();
    }

    [Fact]
    public void Trigger_TwiceInQuickSuccession_SchedulesOneRun()
    {
        var trigger = host.Services.GetRequiredService<RiskMapTrigger>();

        var first = trigger.Request();
        var second = trigger.Request();

        Assert.Equal(first, second);
        // Waiting: scheduled after the debounce, or already enqueued if another test asked for a run now.
        var monitor = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var waiting = monitor.ScheduledJobs(0, 100).Where(j => j.Value.Job?.Type == typeof(RiskMapJob)).Select(j => j.Key)
            .Concat(monitor.EnqueuedJobs("default", 0, 100).Where(j => j.Value.Job?.Type == typeof(RiskMapJob) && j.Value.InEnqueuedState).Select(j => j.Key));
        Assert.Equal([first], waiting);
    }

    [Fact]
    public void Trigger_NowWhileARunWaitsOutItsDebounce_StartsThatRunAtOnce()
    {
        var trigger = host.Services.GetRequiredService<RiskMapTrigger>();
        var storage = host.Services.GetRequiredService<JobStorage>();

        var waiting = trigger.Request();
        Assert.Equal("Scheduled", StateOf(storage, waiting));
        var now = trigger.Request(TimeSpan.Zero);

        Assert.Equal(waiting, now);
        Assert.NotEqual("Scheduled", StateOf(storage, now));
    }

    private static string? StateOf(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private async Task RestoreOutlineAsync()
    {
        await using var db = host.Database.CreateGeoContext();
        if (!await db.LandAreas.AnyAsync())
        {
            db.LandAreas.Add(new LandArea
            {
                Name = "Indonesia", IsIndonesia = true,
                Outline = RiskMapHost.JavaAndBorneo(),
            });
            await db.SaveChangesAsync();
        }
    }
}
