using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Cases;

/// <summary>
/// Where a trafficking case's victims were recruited from. The point is the village's location, never a household,
/// and the case holds counts of victims by sex and age band, never names or identity numbers.
/// </summary>
public sealed class CaseOrigin
{
    public long Id { get; set; }

    /// <summary>The reporting agency's own reference, e.g. "LP/B/123/VI/2023".</summary>
    public required string Reference { get; set; }

    /// <summary>Village-level point (the village office or centroid).</summary>
    public required Point Location { get; set; }

    public required string ProvinceCode { get; set; }

    public required string RegencyCode { get; set; }

    public string? VillageCode { get; set; }

    public DateOnly ReportedOn { get; set; }

    public List<VictimGroup> Victims { get; set; } = [];

    /// <summary>Total victims, kept with the case so maps can sum without unpacking groups.</summary>
    public int VictimCount { get; set; }

    public int MinorCount { get; set; }

    public required string ModusOperandiCode { get; set; }

    public ModusOperandi? ModusOperandi { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the destination country.</summary>
    public required string DestinationCountry { get; set; }

    public int? ExitCrossingId { get; set; }

    public BorderCrossing? ExitCrossing { get; set; }

    public int? ExitRatRouteId { get; set; }

    public RatRoute? ExitRatRoute { get; set; }

    public CaseStatus Status { get; set; }

    public required string ReportingAgency { get; set; }

    public ExploitationType Exploitation { get; set; }

    public MeansOfControl MeansOfControl { get; set; }

    public RecruiterRelation RecruiterRelation { get; set; }

    public RecruitmentMethod RecruitmentMethod { get; set; }

    /// <summary>The websites, apps or groups used to recruit, as the source names them (e.g. "Facebook, Telegram").</summary>
    public string? RecruitmentChannel { get; set; }

    /// <summary>
    /// The code of the immigration office that issued the passport(s), when known: that office is told of the case (the
    /// notice of 002_…) and reads it until it acknowledges. Rows stored before offices were checked may hold a name.
    /// </summary>
    public string? IssuingOffice { get; set; }

    /// <summary>When the issuing office acknowledged the notice, and who did; reset when the issuing office changes.</summary>
    public DateTimeOffset? IssuingNoticeAcknowledgedAt { get; set; }

    public string? IssuingNoticeAcknowledgedBy { get; set; }

    public bool IsSynthetic { get; set; }

    /// <summary>Sets the victim groups and the totals kept beside them.</summary>
    public void SetVictims(IEnumerable<VictimGroup> groups)
    {
        Victims = groups.Where(g => g.Count > 0).ToList();
        VictimCount = Victims.Sum(g => g.Count);
        MinorCount = Victims.Where(g => g.AgeGroup.IsMinor()).Sum(g => g.Count);
    }
}
