using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>
/// A referral as both sides see it: the receiving service gets the profile it needs to take the person in (age band,
/// sex, consent, the referring office), never the screening details.
/// </summary>
public sealed record ReferralView(
    Guid Id, Guid ProtectionRecordId, int ServiceId, string ServiceName, string ServiceKind, string ServiceAgency,
    string Reason, string ReferredBy, DateTimeOffset ReferredAt, string Status, string? AnsweredBy, string? AnsweredByAgency,
    bool AnsweredOnBehalf, string? AnswerReason, DateTimeOffset? AnsweredAt, DateTimeOffset? FlaggedAt, TimeSpan? TimeToAnswer,
    string AgeGroup, string Sex, string Consent, string? OfficeCode)
{
    public static ReferralView Of(Referral r) => new(
        r.Id, r.ProtectionRecordId, r.ServiceId, r.Service!.Name, r.Service.Kind.ToString(), r.Service.Agency, r.Reason,
        r.ReferredByName, r.ReferredAt, r.Status.ToString(), r.AnsweredByName, r.AnsweredByAgency, r.AnsweredOnBehalf,
        r.AnswerReason, r.AnsweredAt, r.FlaggedAt, r.AnsweredAt - r.ReferredAt,
        r.ProtectionRecord!.Screening!.AgeGroup.ToString(), r.ProtectionRecord.Screening.Sex.ToString(),
        r.ProtectionRecord.Consent.ToString(), r.ProtectionRecord.OfficeCode);
}
