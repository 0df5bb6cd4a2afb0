using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>A screening as the list and the API show it: the profile, the crossing and the protection record it led to.</summary>
public sealed record ScreeningView(
    Guid Id, string CrossingCode, string CrossingName, string? OfficeCode, DateTimeOffset ScreenedAt,
    string AgeGroup, string Sex, bool TravellingAlone, int GroupSize, IReadOnlyList<string> Documents,
    string StatedPurpose, string? SuspectedPurpose, string? Modus, string DestinationCountry,
    IReadOnlyList<string> Indicators, string Disposition, string RecordedBy, DateTimeOffset RecordedAt, Guid? ProtectionRecordId)
{
    public static ScreeningView Of(CheckpointScreening s, string crossingName, Guid? protection) => new(
        s.Id, s.CrossingCode, crossingName, s.OfficeCode, s.ScreenedAt, s.AgeGroup.ToString(), s.Sex.ToString(), s.TravellingAlone,
        s.GroupSize, [.. s.Documents.Select(d => d.ToString())], s.StatedPurpose.ToString(), s.SuspectedPurpose?.ToString(),
        s.Modus?.ToString(), s.DestinationCountry, [.. s.Indicators.Select(i => i.ToString())], s.Disposition.ToString(),
        s.RecordedByName, s.RecordedAt, protection);
}
