using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>
/// A repatriation with its steps and the delay from arrival to hand-over. <see cref="IssuingOfficeName"/> is shown to
/// the office that gets the notice; the profile carries no name or document number.
/// </summary>
public sealed record RepatriationView(
    Guid Id, string Stage, string? OfficeCode, string AgeGroup, string Sex, int GroupSize, string FromCountry, string Mission,
    bool TemporaryTravelDocument, string ArrivalCrossingCode, string ArrivalCrossingName, DateTimeOffset ArrivalAt,
    string? IssuingOfficeCode, string? IssuingOfficeName, DateTimeOffset? NoticeAcknowledgedAt, string? NoticeAcknowledgedBy,
    string? HandOverKind, int? HandOverServiceId, string? HandOverServiceName, DateTimeOffset? HandedOverAt, string? HandedOverBy,
    string? HandOverNote, string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt, TimeSpan? TimeToHandOver)
{
    public static RepatriationView Of(Repatriation r, string crossingName, string? issuingOfficeName, DateTimeOffset now) => new(
        r.Id, r.StageAt(now).ToString(), r.OfficeCode, r.AgeGroup.ToString(), r.Sex.ToString(), r.GroupSize, r.FromCountry, r.Mission,
        r.TemporaryTravelDocument, r.ArrivalCrossingCode, crossingName, r.ArrivalAt, r.IssuingOfficeCode, issuingOfficeName,
        r.NoticeAcknowledgedAt, r.NoticeAcknowledgedBy, r.HandOverKind?.ToString(), r.HandOverServiceId, r.HandOverService?.Name,
        r.HandedOverAt, r.HandedOverBy, r.HandOverNote, r.RecordedBy, r.RecordedByName, r.RecordedAt, r.HandedOverAt - r.ArrivalAt);
}
