using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Reports;
using Dashboard.Geo.Territory;
using Dashboard.Jobs.Alerts;
using Dashboard.Jobs.RiskMap;
using Dashboard.Jobs.Situation;
using Dashboard.Web.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Reports;

/// <summary>
/// Takes field reports from the API and the form alike: validates every field, stores all or nothing (a resent
/// idempotency key returns the stored report). Once stored, the new reports are pushed to the dashboards, queued for the
/// alert rules (judged just after the answer, so a sender never waits for them) and a risk recomputation is asked for.
/// None of these after-steps can undo an accepted report: if one fails, the periodic alert sweep and the next scheduled
/// recomputation pick the reports up.
/// </summary>
public sealed class ReportIntake(
    IDbContextFactory<GeoDbContext> contexts, FieldReportStore store, ISituationPublisher publisher, ReportAlertQueue alerts,
    RiskMapTrigger trigger, TimeProvider clock, IndonesiaTerritorySource territory)
{
    public async Task<ReportIntakeResult> AcceptAsync(IReadOnlyList<ReportSubmission> submissions, string prefix, ReportSender sender, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var references = await ReportReferences.LoadAsync(db, submissions, ct) with { Territory = await territory.GetAsync(ct) };
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var reports = new List<FieldReport>();
        for (var i = 0; i < submissions.Count; i++)
        {
            var at = prefix.Length == 0 ? "" : $"{prefix}[{i}].";
            if (ReportValidator.Validate(submissions[i], at, references, sender, now, errors) is { } report)
                reports.Add(report);
        }
        foreach (var repeated in reports.GroupBy(r => r.IdempotencyKey).Where(g => g.Count() > 1))
            errors[$"{prefix}.idempotencyKey"] = [$"idempotencyKey '{repeated.Key}' appears {repeated.Count()} times in one batch."];
        if (errors.Count > 0)
            return new ReportIntakeResult([], errors);
        var stored = await store.StoreAsync(reports, ct);
        if (stored.Conflict)
        {
            var conflicting = stored.ConflictingKeys!.ToHashSet();
            for (var i = 0; i < reports.Count; i++)
            {
                if (conflicting.Contains(reports[i].IdempotencyKey))
                    errors[$"{(prefix.Length == 0 ? "" : $"{prefix}[{i}].")}idempotencyKey"] =
                        [$"idempotencyKey '{reports[i].IdempotencyKey}' was already used for a report with other content; the first report stays. Use a new key for a new report."];
            }
            return new ReportIntakeResult([], errors, Conflict: true);
        }
        var fresh = stored.Reports.Where(s => !s.Duplicate).Select(s => s.Id).ToList();
        if (fresh.Count > 0)
        {
            await publisher.PublishAsync(stored.Events, CancellationToken.None);
            alerts.Enqueue(fresh);
            trigger.TryRequest();
        }
        return new ReportIntakeResult(stored.Reports, errors);
    }
}
