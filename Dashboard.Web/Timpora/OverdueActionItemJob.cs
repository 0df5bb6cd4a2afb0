using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Jobs.Situation;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Timpora;

/// <summary>
/// Raises each TIMPORA action item left open past its due date as an alert at the TIMPORA's seat, so the covering
/// office's live feed and headquarters see a partner's commitment slipping, not only the agency's own members on
/// /timpora. The alert names the responsible agency and the area: the item's text stays in the TIMPORA, read under its
/// own access. Each item is flagged once (<see cref="TimporaActionItem.FlaggedOverdueAt"/>); re-running raises nothing twice.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
[AutomaticRetry(Attempts = 2)]
public sealed class OverdueActionItemJob(TimporaDb db, TimporaPlaces places, AlertStore alerts, ISituationPublisher publisher,
    TimeProvider clock, ILogger<OverdueActionItemJob> logger)
{
    /// <summary>Every hour: an item falls due by the day, so an hour late is soon enough.</summary>
    public const string Cron = "7 * * * *";

    public static string SubjectKey(long itemId) => $"timpora-action-item:{itemId}";

    [JobDisplayName("TIMPORA action items past their due date")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // The day as TimporaActionItem.IsOverdue and the agency's overdue list count it.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var late = await db.ActionItems
            .Where(a => a.Status == TimporaActionItemStatus.Open && a.DueOn < today && a.FlaggedOverdueAt == null)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        if (late.Count == 0)
            return 0;
        // The alerts first: raising is idempotent per item while its alert is open, so a crash before the flags are
        // stored raises nothing twice, and a flag is never stored without its alert.
        var outcome = await alerts.RaiseAsync(await CandidatesAsync(late, today, cancellationToken), cancellationToken);
        await publisher.PublishAsync(outcome.Events, CancellationToken.None);
        foreach (var item in late)
            item.FlaggedOverdueAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return late.Count;
    }

    private async Task<List<AlertCandidate>> CandidatesAsync(List<TimporaActionItem> late, DateOnly today, CancellationToken ct)
    {
        var candidates = new List<AlertCandidate>();
        foreach (var area in late.GroupBy(a => a.AreaCode))
        {
            if (await places.LocateAsync(area.Key, ct) is not { } seat)
            {
                logger.LogWarning("TIMPORA {Area}: no seat known; {Count} overdue action items flagged without an alert", area.Key, area.Count());
                continue;
            }
            foreach (var item in area)
                candidates.Add(new AlertCandidate(AlertRule.OverdueActionItem, SubjectKey(item.Id), $"{item.OwnerAgency} · {seat.Name}",
                    AlertSeverity.Medium, today.DayNumber - item.DueOn.DayNumber, seat.Location, seat.ProvinceCode, seat.Name,
                    [new AlertEvidence { Kind = AlertEvidence.TimporaActionItem, Id = item.Id }]));
        }
        return candidates;
    }
}
