using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Reports;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Api.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Reports;

/// <summary>
/// Takes field reports from the API and the form alike: validates every field, stores all or nothing (a resent
/// idempotency key returns the stored report), and asks for a risk recomputation when something new arrived.
/// </summary>
public sealed class ReportIntake(IDbContextFactory<GeoDbContext> contexts, FieldReportStore store, RiskMapTrigger trigger, TimeProvider clock)
{
    public async Task<ReportIntakeResult> AcceptAsync(IReadOnlyList<ReportSubmission> submissions, string prefix, (string Officer, string Agency) sender, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var references = await ReportReferences.LoadAsync(db, submissions, ct);
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
        if (stored.Any(s => !s.Duplicate))
            trigger.TryRequest();
        return new ReportIntakeResult(stored, errors);
    }
}
