using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>
/// A protection record with its path: the screening, every referral and answer with its time, and the two delays
/// 004_… asks about: from the screening to the first referral, and from that referral to the service's acceptance.
/// </summary>
public sealed record ProtectionView(
    Guid Id, ScreeningView Screening, IReadOnlyList<string> Indicators, bool NoAdministrativeAction, string Consent,
    string OpenedBy, DateTimeOffset OpenedAt, IReadOnlyList<ReferralView> Referrals, TimeSpan? TimeToReferral, TimeSpan? TimeToAcceptance)
{
    public static ProtectionView Of(ProtectionRecord p, string crossingName)
    {
        var referrals = p.Referrals.OrderBy(r => r.ReferredAt).ToList();
        var first = referrals.FirstOrDefault();
        var accepted = referrals.FirstOrDefault(r => r.Status == ReferralStatus.Accepted);
        return new ProtectionView(p.Id, ScreeningView.Of(p.Screening!, crossingName, p.Id), [.. p.Indicators.Select(i => i.ToString())],
            p.NoAdministrativeAction, p.Consent.ToString(), p.OpenedByName, p.OpenedAt, [.. referrals.Select(ReferralView.Of)],
            first?.ReferredAt - p.Screening!.ScreenedAt, accepted?.AnsweredAt - accepted?.ReferredAt);
    }
}
