using Dashboard.Geo.Domain.Cases;

namespace Dashboard.Web.Cases;

/// <summary>
/// What an edit would change on a stored case, one "field: before → after" per field. Empty means the same content:
/// a resent create or an unchanged import row, which must leave the case and its history alone.
/// </summary>
public static class CaseDiff
{
    public static IReadOnlyList<string> Between(CaseOrigin c, CaseDraft d)
    {
        var changes = new List<string>();
        void Compare<T>(string field, T before, T after)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
                changes.Add($"{field}: {before?.ToString() ?? "–"} → {after?.ToString() ?? "–"}");
        }
        Compare("reference", c.Reference, d.Reference);
        Compare("reportingAgency", c.ReportingAgency, d.ReportingAgency);
        Compare("reportedOn", c.ReportedOn, d.ReportedOn);
        Compare("villageCode", c.VillageCode, d.VillageCode);
        Compare("regencyCode", c.RegencyCode, d.RegencyCode);
        Compare("location", Round(c.Location.X, c.Location.Y), Round(d.Location.X, d.Location.Y));
        Compare("victims", Victims(c.Victims), Victims(d.Victims));
        Compare("modusOperandi", c.ModusOperandiCode, d.ModusOperandiCode);
        Compare("destinationCountry", c.DestinationCountry, d.DestinationCountry);
        Compare("exploitation", c.Exploitation, d.Exploitation);
        Compare("meansOfControl", c.MeansOfControl, d.MeansOfControl);
        Compare("recruiterRelation", c.RecruiterRelation, d.RecruiterRelation);
        Compare("recruitmentMethod", c.RecruitmentMethod, d.RecruitmentMethod);
        Compare("recruitmentChannel", c.RecruitmentChannel, d.RecruitmentChannel);
        Compare("issuingOffice", c.IssuingOffice, d.IssuingOffice);
        Compare("exitCrossingId", c.ExitCrossingId, d.ExitCrossingId);
        Compare("exitRatRouteId", c.ExitRatRouteId, d.ExitRatRouteId);
        return changes;
    }

    // Village precision: a metre's difference from a round trip through text is not an edit.
    private static string Round(double x, double y) => FormattableString.Invariant($"{x:0.#####},{y:0.#####}");

    private static string Victims(IEnumerable<VictimGroup> groups) =>
        string.Join("; ", groups.Where(g => g.Count > 0).OrderBy(g => g.Sex).ThenBy(g => g.AgeGroup).Select(g => $"{g.Sex}/{g.AgeGroup}/{g.Count}"));
}
