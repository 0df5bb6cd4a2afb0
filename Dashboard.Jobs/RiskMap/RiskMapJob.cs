using System.Diagnostics;
using System.Text.Json;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Situation;
using Dashboard.Jobs.Risk;
using Dashboard.Jobs.Situation;
using Npgsql;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs.RiskMap;

/// <summary>
/// Recomputes the national risk map: ensure the grid, read, compute, persist. Every run is recorded with its
/// parameters, input counts and stage durations; a failed run is marked failed and the previous map stays in place.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 15 * 60)]
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [30, 120, 600])]
public sealed class RiskMapJob(
    GridBuilder grid, RiskInputReader reader, RiskResultWriter writer, IDbContextFactory<GeoDbContext> contexts,
    IOptions<RiskOptions> options, NpgsqlDataSource dataSource, ISituationPublisher publisher, Alerts.AlertSettings watchLists, TimeProvider clock,
    ILogger<RiskMapJob> logger)
{
    [JobDisplayName("Risk map ({0})")]
    public async Task<int> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var run = await StartRunAsync(trigger, settings, cancellationToken);
        var stages = new Dictionary<string, double>();
        var stopwatch = Stopwatch.StartNew();
        double Lap() { var ms = stopwatch.Elapsed.TotalMilliseconds; stopwatch.Restart(); return ms; }
        try
        {
            await grid.EnsureAsync(settings.GridEdgeMetres, settings.CoastalBufferKm, cancellationToken);
            stages["grid"] = Lap();
            var inputs = await reader.ReadAsync(run.AsOf, settings, cancellationToken);
            stages["read"] = Lap();
            var result = RiskModel.Compute(inputs, settings);
            stages["compute"] = Lap();
            stages["kernel"] = result.KernelMilliseconds;
            stages["fit"] = result.FitMilliseconds;
            await RecordInputsAsync(run.Id, inputs, result, settings, stages, cancellationToken);
            await writer.WriteAsync(run.Id, inputs, result, settings.KeepRuns, cancellationToken);
            stages["persist"] = Lap();
            await FinishAsync(run.Id, null, stages, cancellationToken);
            logger.LogInformation("Risk run {Run} ({Trigger}): {Cells} cells, {HotSpots} hot spots, stages {Stages}",
                run.Id, trigger, inputs.Cells.Count, result.HotSpotCount, JsonSerializer.Serialize(stages));
            var updated = await SituationEventLog.AppendAsync(dataSource,
                [SituationMessage.Draft(new RiskMapSnapshot(run.Id, clock.GetUtcNow(), inputs.Cells.Count))], CancellationToken.None);
            await publisher.PublishAsync(updated, CancellationToken.None);
            return run.Id;
        }
        catch (Exception e)
        {
            await FinishAsync(run.Id, e.Message, stages, CancellationToken.None);
            logger.LogError(e, "Risk run {Run} failed; the previous risk map stays in place", run.Id);
            throw;
        }
    }

    private async Task<RiskRun> StartRunAsync(string trigger, RiskOptions settings, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = new RiskRun
        {
            StartedAt = clock.GetUtcNow(),
            Status = RiskRunStatus.Running,
            Trigger = trigger,
            ModelVersion = settings.FitThreat ? FittedThreat.ModelVersion : RiskOptions.ModelVersion,
            AsOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            GridEdgeMetres = settings.GridEdgeMetres,
            Parameters = JsonSerializer.Serialize(settings),
        };
        db.RiskRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>
    /// The inputs' counts, and the model actually used: a fitted threat's coefficients join the run's parameters, and
    /// so does the version of the analysts' thresholds and watch list in force, so that a map and the alerts raised
    /// beside it can be read against the same settings when a change is evaluated.
    /// </summary>
    private async Task RecordInputsAsync(int runId, RiskInputs inputs, RiskResult result, RiskOptions settings, Dictionary<string, double> stages, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counts = JsonSerializer.Serialize(new
        {
            cells = inputs.Cells.Count, cases = inputs.Cases.Count, ratRoutes = inputs.Routes.Count,
            crossings = inputs.Crossings.Count, villages = inputs.Villages.Count, reports = inputs.Reports.Count,
        });
        var parameters = JsonSerializer.SerializeToNode(settings)!.AsObject();
        if (result.Fit is { } fit)
            parameters["ThreatFit"] = JsonSerializer.SerializeToNode(fit);
        parameters["WatchListVersion"] = (await watchLists.CurrentAsync(ct)).Version;
        var version = result.ModelVersion;
        var serialized = parameters.ToJsonString();
        await db.RiskRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.InputCounts, counts)
            .SetProperty(r => r.ModelVersion, version)
            .SetProperty(r => r.Parameters, serialized)
            .SetProperty(r => r.StageDurations, JsonSerializer.Serialize(stages)), ct);
    }

    private async Task FinishAsync(int runId, string? error, Dictionary<string, double> stages, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var durations = JsonSerializer.Serialize(stages);
        if (error is null)
            await db.RiskRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, now).SetProperty(r => r.StageDurations, durations), ct);
        else
            await db.RiskRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Status, RiskRunStatus.Failed)
                .SetProperty(r => r.Error, error.Length > 2000 ? error[..2000] : error).SetProperty(r => r.StageDurations, durations), ct);
    }
}
