using System.Security.Claims;
using Dashboard.Geo.Screening;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Screening;

/// <summary>
/// The two sides of a referral: the accounts of the agency that runs the service (their inbox, their answer) and the
/// referring immigration office (its referrals, an answer given on the service's behalf, recorded as such). Nobody
/// else sees a referral; every list is audited with its rows.
/// </summary>
public sealed class ReferralDesk(IDbContextFactory<ScreeningDb> contexts, AccessLog audit, TimeProvider clock, IStringLocalizer<ScreeningStrings> text,
    ReferralAnswerAlerts alerts)
{
    public const string ListAction = "referrals.list";
    public const string AnswerAction = "referral.answer";
    public const int MaxPage = 500;

    public async Task<IReadOnlyList<ReferralView>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var agency = user.ActorAgency();
        var immigration = agency == DashboardClaims.Immigration && CaseAccess.MaySeeIndividualCases(user);
        var visible = db.ProtectionRecords.Visible(user).Select(p => p.Id);
        var referrals = await db.Referrals.AsNoTracking()
            .Include(r => r.Service).Include(r => r.ProtectionRecord).ThenInclude(p => p!.Screening)
            .Where(r => r.Service!.Agency == agency || (immigration && visible.Contains(r.ProtectionRecordId)))
            .OrderByDescending(r => r.ReferredAt).Take(MaxPage)
            .ToListAsync(ct);
        await audit.RecordAsync(user, ListAction, $"referrals agency={agency}", referrals.Count, AuditOutcome.Allowed, ct);
        return [.. referrals.Select(ReferralView.Of)];
    }

    /// <summary>
    /// The service's account answers as the service; an officer of the referring office answers on its behalf (the
    /// service said so by telephone). Anyone else is refused with 403, which the refusal audit records.
    /// </summary>
    public async Task<DeskOutcome<ReferralView>> AnswerAsync(ClaimsPrincipal user, Guid id, ReferralAnswerInput input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var referral = await db.Referrals.Include(r => r.Service).Include(r => r.ProtectionRecord).ThenInclude(p => p!.Screening)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        var agency = user.ActorAgency();
        var asService = referral is not null && referral.Service!.Agency == agency;
        var onBehalf = referral is not null && !asService && MayActForOffice(user, referral.ProtectionRecord!);
        if (referral is null || (!asService && !onBehalf))
        {
            // Not found and not theirs answer alike, so an inbox cannot be probed for other agencies' referrals.
            return DeskOutcome<ReferralView>.Refused(referral is null ? 404 : 403, "id", text["ErrorReferral"]);
        }
        var errors = new Dictionary<string, string[]>();
        if (input.Accept is null)
            errors["accept"] = [text["ErrorAccept"]];
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > ProtectionDesk.MaxReason || SafeText.FirstControl(reason) is not null)
            errors["reason"] = [text["ErrorReason"]];
        if (errors.Count > 0)
            return DeskOutcome<ReferralView>.Invalid(errors);
        var status = input.Accept!.Value ? ReferralStatus.Accepted : ReferralStatus.Declined;
        if (referral.Status != ReferralStatus.Pending)
        {
            // The same answer twice (a second tap) is the answer already given; another answer is refused.
            return referral.Status == status && referral.AnswerReason == reason
                ? DeskOutcome<ReferralView>.Done(ReferralView.Of(referral), created: false)
                : DeskOutcome<ReferralView>.Refused(409, "accept", text["ErrorAlreadyAnswered"]);
        }
        referral.Status = status;
        referral.AnswerReason = reason;
        referral.AnsweredAt = clock.GetUtcNow();
        referral.AnsweredBy = user.Identity?.Name ?? Acting.Unknown;
        referral.AnsweredByName = user.ActorName();
        referral.AnsweredByAgency = agency;
        referral.AnsweredOnBehalf = onBehalf;
        // Two answers at once: the second finds the row changed and is refused rather than overwriting the first.
        var changed = await db.Referrals.Where(r => r.Id == id && r.Status == ReferralStatus.Pending).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.Status, referral.Status)
            .SetProperty(r => r.AnswerReason, referral.AnswerReason)
            .SetProperty(r => r.AnsweredAt, referral.AnsweredAt)
            .SetProperty(r => r.AnsweredBy, referral.AnsweredBy)
            .SetProperty(r => r.AnsweredByName, referral.AnsweredByName)
            .SetProperty(r => r.AnsweredByAgency, referral.AnsweredByAgency)
            .SetProperty(r => r.AnsweredOnBehalf, referral.AnsweredOnBehalf), ct);
        if (changed == 0)
            return DeskOutcome<ReferralView>.Refused(409, "accept", text["ErrorAlreadyAnswered"]);
        await audit.RecordAsync(user, AnswerAction, $"referral {id} {status}{(onBehalf ? " on-behalf" : "")}", ct);
        await alerts.FollowAsync(referral, ct);
        return DeskOutcome<ReferralView>.Done(ReferralView.Of(referral), created: false);
    }

    /// <summary>Whether the person may answer for the service from the referring office's side.</summary>
    public static bool MayActForOffice(ClaimsPrincipal user, ProtectionRecord record) =>
        user.ActorAgency() == DashboardClaims.Immigration
        && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.HqAnalyst) || user.IsInRole(Roles.FieldOfficer))
        && user.WorksFor(record.OfficeCode, record.OpenedBy);
}
