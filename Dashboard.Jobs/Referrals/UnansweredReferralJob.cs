using Dashboard.Geo.Screening;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Jobs.Referrals;

/// <summary>
/// Flags referrals that a service has left without answer past <see cref="AnswerWindow"/>, so the referring office sees
/// them on its referrals page (the slow, unclear referral of 004_… made visible). A flag is set once and kept, also
/// when the answer comes later: the record shows that it was late. Re-running changes nothing already flagged.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
[AutomaticRetry(Attempts = 2)]
public sealed class UnansweredReferralJob(IDbContextFactory<ScreeningDb> contexts, TimeProvider clock)
{
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromHours(48);

    /// <summary>Every quarter of an hour: a flag is at most fifteen minutes late.</summary>
    public const string Cron = "*/15 * * * *";

    [JobDisplayName("Referrals without answer after 48 h")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = now - AnswerWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Referrals
            .Where(r => r.Status == ReferralStatus.Pending && r.FlaggedAt == null && r.ReferredAt <= due)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.FlaggedAt, now), cancellationToken);
    }
}
