using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Screening;
using Dashboard.Jobs.Referrals;
using Dashboard.Jobs.Situation;

namespace Dashboard.Web.Screening;

/// <summary>
/// A late answer follows into the alert that chased it: an acceptance resolves the unanswered-referral alert (the person
/// reached a service), a refusal keeps it open with a line saying so, because the office must now find another service.
/// The answer itself is already stored: a failure here is logged and never undoes it.
/// </summary>
public sealed class ReferralAnswerAlerts(AlertStore store, ISituationPublisher publisher, TimeProvider clock, ILogger<ReferralAnswerAlerts> logger)
{
    public async Task FollowAsync(Referral referral, CancellationToken ct)
    {
        if (referral.Status == ReferralStatus.Pending || referral.AnsweredAt is not { } answered)
            return;
        var hours = (int)Math.Floor((answered - referral.ReferredAt).TotalHours);
        var service = referral.Service?.Name ?? "the service";
        // System notes are written in English, as the alert's other system lines are; people's notes are their own.
        var command = referral.Status == ReferralStatus.Accepted
            ? new AlertCommand(AlertAction.Resolved, $"{service} accepted the referral after {hours} h.", Outcome: AlertOutcome.Referred)
            : new AlertCommand(AlertAction.Commented, $"{service} declined the referral after {hours} h; refer the person to another service.");
        try
        {
            var outcome = await store.ApplyToSubjectAsync(AlertRule.UnansweredReferral, UnansweredReferralJob.SubjectKey(referral.Id), command, ct);
            await publisher.PublishAsync(outcome.Events, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Referral {Referral} was answered at {At} but its alert could not follow", referral.Id, clock.GetUtcNow());
        }
    }
}
