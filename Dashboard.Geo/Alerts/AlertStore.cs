using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Situation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Dashboard.Geo.Alerts;

/// <summary>
/// Writes alerts: raising them from rule candidates and moving them through their life cycle. Every change, its audit
/// line and the event announcing it commit in one transaction, so the log never tells of a change that was lost and a
/// change is never made without the log knowing.
/// </summary>
public sealed class AlertStore(IDbContextFactory<GeoDbContext> contexts, TimeProvider clock)
{
    /// <summary>Arbitrary, fixed: serialises rule evaluations so two never raise the same subject at once.</summary>
    private const long RaiseLock = 7_401_002;

    public const string SystemActor = "system";

    /// <param name="raisedNote">A line on each new alert's first step, e.g. the thresholds' version the rules used.</param>
    public async Task<AlertRaiseOutcome> RaiseAsync(IReadOnlyList<AlertCandidate> candidates, CancellationToken ct, string? raisedNote = null)
    {
        if (candidates.Count == 0)
            return new AlertRaiseOutcome(0, 0, []);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RaiseLock})", ct);
        var keys = candidates.Select(c => c.SubjectKey).Distinct().ToList();
        var open = await db.Alerts
            .Where(a => keys.Contains(a.SubjectKey) && a.Status != AlertStatus.Resolved && a.Status != AlertStatus.Dismissed)
            .ToDictionaryAsync(a => (a.Rule, a.SubjectKey), ct);
        var now = clock.GetUtcNow();
        var raised = new List<Alert>();
        var updated = new List<Alert>();
        foreach (var candidate in candidates.GroupBy(c => (c.Rule, c.SubjectKey)).Select(g => g.Last()))
        {
            if (open.TryGetValue((candidate.Rule, candidate.SubjectKey), out var alert))
            {
                if (AddEvidence(alert, candidate, now))
                    updated.Add(alert);
                continue;
            }
            alert = New(candidate, now, raisedNote);
            db.Alerts.Add(alert);
            open[(candidate.Rule, candidate.SubjectKey)] = alert;
            raised.Add(alert);
        }
        await db.SaveChangesAsync(ct);
        var events = await AppendAsync(db, [.. raised.Select(a => SituationMessage.Draft(AlertSnapshot.Of(a), raised: true)),
            .. updated.Select(a => SituationMessage.Draft(AlertSnapshot.Of(a), raised: false))], ct);
        await transaction.CommitAsync(ct);
        return new AlertRaiseOutcome(raised.Count, updated.Count, events);
    }

    /// <summary>
    /// Applies one person's command to each alert. Alerts whose state does not allow it are refused one by one; the
    /// others change. Two people changing the same alert at once: the second is refused, never silently overwrites.
    /// </summary>
    public async Task<AlertActionOutcome> ApplyAsync(IReadOnlyCollection<long> alertIds, AlertCommand command, string actor, string? agency, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = alertIds.Distinct().ToList();
        var alerts = await db.Alerts.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var now = clock.GetUtcNow();
        var results = new List<AlertActionResult>();
        var changed = new List<Alert>();
        foreach (var id in ids)
        {
            if (!alerts.TryGetValue(id, out var alert))
            {
                results.Add(new AlertActionResult(id, null, new AlertRefusal(AlertRefusalKind.NotFound, $"there is no alert {id}.")));
                continue;
            }
            if (AlertLifecycle.Check(alert, command) is { } refusal)
            {
                results.Add(new AlertActionResult(id, AlertSnapshot.Of(alert), refusal));
                continue;
            }
            AlertLifecycle.Apply(alert, command, actor, agency, now);
            changed.Add(alert);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var refusal = new AlertRefusal(AlertRefusalKind.Conflict, "someone else changed the alert at the same moment; reload it and try again.");
            return new AlertActionOutcome([.. ids.Select(id => new AlertActionResult(id, null, refusal))], []);
        }
        var events = await AppendAsync(db, [.. changed.Select(a => SituationMessage.Draft(AlertSnapshot.Of(a), raised: false))], ct);
        await transaction.CommitAsync(ct);
        results.AddRange(changed.Select(a => new AlertActionResult(a.Id, AlertSnapshot.Of(a), null)));
        return new AlertActionOutcome([.. results.OrderBy(r => ids.IndexOf(r.AlertId))], events);
    }

    /// <summary>
    /// The system's own command on the open alerts of one subject (a referral answered after its alert was raised):
    /// nothing to do when none is open, and the same refusals and audit lines as a person's command otherwise.
    /// </summary>
    public async Task<AlertActionOutcome> ApplyToSubjectAsync(AlertRule rule, string subjectKey, AlertCommand command, CancellationToken ct)
    {
        List<long> ids;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            ids = await db.Alerts.Where(a => a.Rule == rule && a.SubjectKey == subjectKey
                && a.Status != AlertStatus.Resolved && a.Status != AlertStatus.Dismissed).Select(a => a.Id).ToListAsync(ct);
        }
        return ids.Count == 0 ? new AlertActionOutcome([], []) : await ApplyAsync(ids, command, SystemActor, null, ct);
    }

    private static Alert New(AlertCandidate c, DateTimeOffset now, string? note)
    {
        var alert = new Alert
        {
            Rule = c.Rule,
            Severity = c.Severity,
            SubjectKey = c.SubjectKey,
            SubjectName = c.SubjectName,
            Count = c.Count,
            RaisedAt = now,
            UpdatedAt = now,
            Location = c.Location,
            ProvinceCode = c.ProvinceCode,
            RegionName = c.RegionName,
            Evidence = [.. c.Evidence.DistinctBy(e => (e.Kind, e.Id))],
        };
        alert.Activities.Add(new AlertActivity { At = now, Action = AlertAction.Raised, Actor = SystemActor, Note = note });
        return alert;
    }

    /// <summary>True if the candidate told something new: more evidence, a higher count or severity.</summary>
    private static bool AddEvidence(Alert alert, AlertCandidate c, DateTimeOffset now)
    {
        var known = alert.Evidence.Select(e => (e.Kind, e.Id)).ToHashSet();
        var fresh = c.Evidence.Where(e => known.Add((e.Kind, e.Id))).ToList();
        var escalated = c.Severity > alert.Severity;
        if (fresh.Count == 0 && !escalated && c.Count <= alert.Count)
            return false;
        // A new list, so EF sees the JSON column change.
        alert.Evidence = [.. alert.Evidence, .. fresh.Select(e => new AlertEvidence { Kind = e.Kind, Id = e.Id })];
        alert.Count = Math.Max(alert.Count, c.Count);
        if (escalated)
            alert.Severity = c.Severity;
        alert.UpdatedAt = now;
        alert.Activities.Add(new AlertActivity
        {
            At = now, Action = AlertAction.EvidenceAdded, Actor = SystemActor,
            Note = escalated ? $"severity {c.Severity}; {fresh.Count} new evidence" : $"{fresh.Count} new evidence",
        });
        return true;
    }

    private static async Task<IReadOnlyList<SituationMessage>> AppendAsync(GeoDbContext db, IReadOnlyList<SituationMessage> drafts, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        return await SituationEventLog.AppendAsync(connection, transaction, drafts, ct);
    }
}
