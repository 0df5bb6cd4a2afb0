using Dashboard.Geo.Domain.WatchLists;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// The thresholds and watch list the rules use now: the latest version an analyst saved (geo.alert_threshold_versions)
/// over the deployment's settings, which stand as version 0 until the first save. Read at each evaluation, so a change
/// takes effect at the next one without a restart.
/// </summary>
public sealed class AlertSettings(IDbContextFactory<GeoDbContext> contexts, IOptions<AlertOptions> options)
{
    public async Task<(AlertOptions Options, long Version)> CurrentAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await db.AlertThresholds.AsNoTracking().OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        return (Over(options.Value, latest), latest?.Id ?? 0);
    }

    /// <summary>The configured options with a saved version's values in place of theirs.</summary>
    public static AlertOptions Over(AlertOptions configured, AlertThresholds? saved) => saved is null ? configured : new AlertOptions
    {
        Cron = configured.Cron,
        OffloadingClusterSize = saved.OffloadingClusterSize,
        OffloadingWindowHours = saved.OffloadingWindowHours,
        RatRouteDistanceKm = saved.RatRouteDistanceKm,
        CredibleWeight = saved.CredibleWeight,
        ReportLookbackHours = saved.ReportLookbackHours ?? configured.ReportLookbackHours,
        WatchedDestinations = saved.WatchedDestinations,
        CaseLookbackDays = saved.CaseLookbackDays ?? configured.CaseLookbackDays,
        EarlyWarningLookbackDays = saved.EarlyWarningLookbackDays ?? configured.EarlyWarningLookbackDays,
    };
}
