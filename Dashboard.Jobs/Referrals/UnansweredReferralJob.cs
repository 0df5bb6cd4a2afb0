using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Jobs.Situation;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Jobs.Referrals;

/// <summary>
/// Flags referrals that a service has left without answer past <see cref="AnswerWindow"/>, so the referring office sees
/// them on its referrals page (the slow, unclear referral of 004_… made visible), and raises each as an alert at the
/// checkpoint that screened the person, so the office's live feed and headquarters see it too. A flag is set once and
/// kept, also when the answer comes later: the record shows that it was late. Re-running changes nothing already flagged.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
[AutomaticRetry(Attempts = 2)]
public sealed class UnansweredReferralJob(IDbContextFactory<ScreeningDb> contexts, IDbContextFactory<GeoDbContext> geo, AlertStore alerts,
    ISituationPublisher publisher, TimeProvider clock, ILogger<UnansweredReferralJob> logger)
{
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromHours(48);

    /// <summary>Every quarter of an hour: a flag is at most fifteen minutes late.</summary>
    public const string Cron = "*/15 * * * *";

    public static string SubjectKey(Guid referralId) => $"referral:{referralId}";

    [JobDisplayName("Referrals without answer after 48 h")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = now - AnswerWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var late = await db.Referrals.Include(r => r.Service).Include(r => r.ProtectionRecord!).ThenInclude(p => p.Screening)
            .Where(r => r.Status == ReferralStatus.Pending && r.FlaggedAt == null && r.ReferredAt <= due)
            .ToListAsync(cancellationToken);
        if (late.Count == 0)
            return 0;
        // The alerts first: raising is idempotent per referral while its alert is open, so a crash before the flags are
        // stored raises nothing twice, and a flag is never stored without its alert.
        var outcome = await alerts.RaiseAsync(await CandidatesAsync(late, now, cancellationToken), cancellationToken);
        await publisher.PublishAsync(outcome.Events, CancellationToken.None);
        foreach (var referral in late)
            referral.FlaggedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return late.Count;
    }

    private async Task<List<AlertCandidate>> CandidatesAsync(List<Referral> late, DateTimeOffset now, CancellationToken ct)
    {
        var crossingIds = late.Select(r => r.ProtectionRecord!.Screening!.CrossingId).Distinct().ToList();
        await using var db = await geo.CreateDbContextAsync(ct);
        var crossings = await db.BorderCrossings.AsNoTracking().Where(c => crossingIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Location, c.ProvinceCode, Regency = db.Regencies.Where(g => g.Code == c.RegencyCode).Select(g => g.Name).FirstOrDefault() })
            .ToDictionaryAsync(c => c.Id, ct);
        var candidates = new List<AlertCandidate>();
        foreach (var referral in late)
        {
            var screening = referral.ProtectionRecord!.Screening!;
            if (!crossings.TryGetValue(screening.CrossingId, out var crossing))
            {
                logger.LogWarning("Referral {Referral}: checkpoint {Crossing} is not in the gazetteer of crossings; flagged without an alert", referral.Id, screening.CrossingCode);
                continue;
            }
            // Who was referred stays in the protection record; the alert names the service and the checkpoint only.
            candidates.Add(new AlertCandidate(AlertRule.UnansweredReferral, SubjectKey(referral.Id), $"{referral.Service!.Name} · {crossing.Name}",
                AlertSeverity.High, (int)Math.Floor((now - referral.ReferredAt).TotalHours), crossing.Location, crossing.ProvinceCode,
                crossing.Regency ?? crossing.Name, [new AlertEvidence { Kind = AlertEvidence.Crossing, Id = crossing.Id }]));
        }
        return candidates;
    }
}
