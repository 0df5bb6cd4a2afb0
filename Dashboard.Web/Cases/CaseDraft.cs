using Dashboard.Geo.Domain.Cases;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Cases;

/// <summary>A case input that passed every check: the values to store, already resolved (codes, point, victim groups).</summary>
public sealed record CaseDraft(
    string Reference, string ReportingAgency, DateOnly ReportedOn, CaseStatus? Status, string? VillageCode, string RegencyCode,
    string ProvinceCode, Point Location, IReadOnlyList<VictimGroup> Victims, string ModusOperandiCode, string DestinationCountry,
    ExploitationType Exploitation, MeansOfControl MeansOfControl, RecruiterRelation RecruiterRelation, int? ExitCrossingId, int? ExitRatRouteId,
    RecruitmentMethod RecruitmentMethod = RecruitmentMethod.Unknown, string? RecruitmentChannel = null, string? IssuingOffice = null)
{
    public void ApplyTo(CaseOrigin c)
    {
        c.Reference = Reference;
        c.ReportingAgency = ReportingAgency;
        c.ReportedOn = ReportedOn;
        c.VillageCode = VillageCode;
        c.RegencyCode = RegencyCode;
        c.ProvinceCode = ProvinceCode;
        c.Location = Location;
        c.SetVictims(Victims.Select(v => new VictimGroup { Sex = v.Sex, AgeGroup = v.AgeGroup, Count = v.Count }));
        c.ModusOperandiCode = ModusOperandiCode;
        c.DestinationCountry = DestinationCountry;
        c.Exploitation = Exploitation;
        c.MeansOfControl = MeansOfControl;
        c.RecruiterRelation = RecruiterRelation;
        c.RecruitmentMethod = RecruitmentMethod;
        c.RecruitmentChannel = RecruitmentChannel;
        if (c.IssuingOffice != IssuingOffice)
        {
            // Another office issued the passports: the notice is new, and that office acknowledges it afresh.
            c.IssuingNoticeAcknowledgedAt = null;
            c.IssuingNoticeAcknowledgedBy = null;
        }
        c.IssuingOffice = IssuingOffice;
        c.ExitCrossingId = ExitCrossingId;
        c.ExitRatRouteId = ExitRatRouteId;
    }

    public CaseOrigin ToCase()
    {
        var c = new CaseOrigin
        {
            Reference = Reference, Location = Location, ProvinceCode = ProvinceCode, RegencyCode = RegencyCode,
            ModusOperandiCode = ModusOperandiCode, DestinationCountry = DestinationCountry, ReportingAgency = ReportingAgency,
            Status = Status ?? CaseStatus.Active,
        };
        ApplyTo(c);
        return c;
    }
}
