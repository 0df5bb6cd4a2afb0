using Dashboard.Geo.Domain.Cases;

namespace Dashboard.Web.Cases;

/// <summary>One case as the register shows it: victims as counts by sex and age band, never names or numbers.</summary>
public sealed record CaseView(
    long Id, string Reference, string ReportingAgency, string Status, DateOnly ReportedOn,
    string ProvinceCode, string RegencyCode, string? VillageCode, double Longitude, double Latitude,
    int VictimCount, int MinorCount, IReadOnlyList<VictimGroupView> Victims,
    string ModusOperandiCode, string DestinationCountry, string Exploitation, string MeansOfControl, string RecruiterRelation,
    int? ExitCrossingId, int? ExitRatRouteId, string RecruitmentMethod = "Unknown", string? RecruitmentChannel = null, string? IssuingOffice = null,
    DateTimeOffset? IssuingNoticeAcknowledgedAt = null, string? IssuingNoticeAcknowledgedBy = null)
{
    public static CaseView Of(CaseOrigin c) => new(
        c.Id, c.Reference, c.ReportingAgency, c.Status.ToString(), c.ReportedOn,
        c.ProvinceCode, c.RegencyCode, c.VillageCode, c.Location.X, c.Location.Y,
        c.VictimCount, c.MinorCount, [.. c.Victims.Select(v => new VictimGroupView(v.Sex.ToString(), v.AgeGroup.ToString(), v.Count))],
        c.ModusOperandiCode, c.DestinationCountry, c.Exploitation.ToString(), c.MeansOfControl.ToString(), c.RecruiterRelation.ToString(),
        c.ExitCrossingId, c.ExitRatRouteId, c.RecruitmentMethod.ToString(), c.RecruitmentChannel, c.IssuingOffice,
        c.IssuingNoticeAcknowledgedAt, c.IssuingNoticeAcknowledgedBy);
}

public sealed record VictimGroupView(string Sex, string AgeGroup, int Count);
