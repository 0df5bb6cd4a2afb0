using System.Globalization;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Api;
using Dashboard.Web.Reports;
using NetTopologySuite.Geometries;

namespace Dashboard.Web.Cases;

/// <summary>
/// Checks a case input field by field (the form, the API and each import row alike) and resolves it: the codes against
/// the gazetteer, the point inside Indonesia or taken from the village or regency when none is given.
/// </summary>
public static class CaseValidator
{
    public const int MaxReference = 64;
    public const int MaxAgency = 64;
    public const int MaxGroupCount = 10_000;
    public const int EarliestYear = 1990;

    /// <param name="at">Prefix for field names, e.g. "rows[3]." in an import; empty for a single case.</param>
    /// <param name="area">The regencies the sender's office may enter cases for; null for headquarters.</param>
    public static CaseDraft? Validate(CaseInput s, string at, CaseReferences refs, IReadOnlyCollection<string>? area, DateOnly today,
        IDictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors[$"{at}{field}"] = [message];

        var reference = s.Reference?.Trim() ?? "";
        if (reference.Length is 0 or > MaxReference || SafeText.FirstControl(reference) is not null)
            Fail("reference", $"reference is required: the reporting agency's own reference, up to {MaxReference} characters, e.g. LP/B/123/VI/2023.");
        var agency = s.ReportingAgency?.Trim() ?? "";
        if (agency.Length is 0 or > MaxAgency || SafeText.FirstControl(agency) is not null)
            Fail("reportingAgency", $"reportingAgency is required (up to {MaxAgency} characters), e.g. Polri, BP2MI, Dinsos, IOM, Imigrasi.");

        DateOnly reportedOn = default;
        if (string.IsNullOrWhiteSpace(s.ReportedOn))
            Fail("reportedOn", "reportedOn is required (yyyy-MM-dd).");
        else if (!DateOnly.TryParseExact(s.ReportedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reportedOn))
            Fail("reportedOn", $"reportedOn '{s.ReportedOn}' is not a date in the form yyyy-MM-dd.");
        else if (reportedOn > today)
            Fail("reportedOn", $"reportedOn {reportedOn:yyyy-MM-dd} is in the future.");
        else if (reportedOn.Year < EarliestYear)
            Fail("reportedOn", $"reportedOn {reportedOn:yyyy-MM-dd} is before {EarliestYear}.");

        CaseStatus? status = null;
        if (!string.IsNullOrWhiteSpace(s.Status))
        {
            if (EnumText.TryParse<CaseStatus>(s.Status, out var parsed))
                status = parsed;
            else
                Fail("status", $"status '{s.Status}' must be one of: {string.Join(", ", Enum.GetNames<CaseStatus>())}.");
        }

        var (village, regency, province) = Place(s, refs, Fail);
        if (regency is not null && area is not null && !area.Contains(regency))
            Fail("regencyCode", $"regency {regency} is outside your office's working area ({string.Join(", ", area)}).");
        var location = Point(s, refs, village, regency, Fail);

        var victims = Victims(s.Victims, Fail);

        var modus = s.ModusOperandi?.Trim() ?? "";
        if (!refs.Modi.Contains(modus))
            Fail("modusOperandi", $"modusOperandi '{modus}' is not in the list: {string.Join(", ", refs.Modi.Order())}.");
        if (string.IsNullOrWhiteSpace(s.DestinationCountry) || !DestinationCountries.TryResolve(s.DestinationCountry, out var destination) || destination is null)
        {
            Fail("destinationCountry", $"destinationCountry '{s.DestinationCountry}' must be an ISO 3166-1 alpha-2 country code, e.g. MY.");
            destination = null;
        }

        var exploitation = ExploitationType.Unknown;
        if (!string.IsNullOrWhiteSpace(s.Exploitation) && !EnumText.TryParse(s.Exploitation, out exploitation))
            Fail("exploitation", $"exploitation '{s.Exploitation}' must be one of: {string.Join(", ", Enum.GetNames<ExploitationType>())}.");
        var relation = RecruiterRelation.Unknown;
        if (!string.IsNullOrWhiteSpace(s.RecruiterRelation) && !EnumText.TryParse(s.RecruiterRelation, out relation))
            Fail("recruiterRelation", $"recruiterRelation '{s.RecruiterRelation}' must be one of: {string.Join(", ", Enum.GetNames<RecruiterRelation>())}.");
        var controls = MeansOfControl.None;
        foreach (var name in s.MeansOfControl ?? [])
        {
            if (EnumText.TryParse<MeansOfControl>(name, out var one) && one != MeansOfControl.None)
                controls |= one;
            else
                Fail("meansOfControl", $"meansOfControl '{name}' must be among: {string.Join(", ", Enum.GetNames<MeansOfControl>().Where(n => n != nameof(MeansOfControl.None)))}.");
        }

        var method = RecruitmentMethod.Unknown;
        if (!string.IsNullOrWhiteSpace(s.RecruitmentMethod) && !EnumText.TryParse(s.RecruitmentMethod, out method))
            Fail("recruitmentMethod", $"recruitmentMethod '{s.RecruitmentMethod}' must be one of: {string.Join(", ", Enum.GetNames<RecruitmentMethod>())}.");
        var channel = FreeText(s.RecruitmentChannel, "recruitmentChannel", CaseLimits.RecruitmentChannel, Fail);
        var issuingOffice = IssuingOffice(FreeText(s.IssuingOffice, "issuingOffice", CaseLimits.IssuingOffice, Fail), refs.Offices, Fail);

        if (s.ExitCrossingId is { } crossing && !refs.Crossings.Contains(crossing))
            Fail("exitCrossingId", $"exitCrossingId {crossing} is not a known crossing.");
        if (s.ExitRatRouteId is { } route && !refs.Routes.Contains(route))
            Fail("exitRatRouteId", $"exitRatRouteId {route} is not a known rat route.");
        if (s.ExitCrossingId is not null && s.ExitRatRouteId is not null)
            Fail("exitRatRouteId", "a case leaves by one exit: give exitCrossingId or exitRatRouteId, not both.");

        if (errors.Count > before)
            return null;
        return new CaseDraft(reference, agency, reportedOn, status, village, regency!, province!, location!, victims, modus, destination!,
            exploitation, controls, relation, s.ExitCrossingId, s.ExitRatRouteId, method, channel, issuingOffice);
    }

    /// <summary>An optional one-line text: trimmed, at most <paramref name="limit"/> characters, no control characters.</summary>
    private static string? FreeText(string? text, string field, int limit, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        if (trimmed.Length > limit)
            fail(field, $"{field} is longer than {limit} characters.");
        else if (trimmed.Any(char.IsControl))
            fail(field, $"{field} holds a control character (a line break or tab); keep it to one line.");
        else
            return trimmed;
        return null;
    }

    /// <summary>
    /// The issuing office as a registered office's code, given its code or its registered name (a partner agency's file
    /// names it as a person would): the notice goes to an office that exists, or the row says which value is unknown.
    /// </summary>
    private static string? IssuingOffice(string? given, IReadOnlyDictionary<string, string> offices, Action<string, string> fail)
    {
        if (given is null)
            return null;
        if (offices.ContainsKey(given))
            return offices.Keys.First(k => string.Equals(k, given, StringComparison.OrdinalIgnoreCase));
        var byName = offices.Where(o => string.Equals(o.Value, given, StringComparison.OrdinalIgnoreCase)).Select(o => o.Key).ToList();
        if (byName.Count == 1)
            return byName[0];
        fail("issuingOffice", offices.Count == 0
            ? $"issuingOffice '{given}' cannot be checked: no office is registered yet (an administrator adds them at /admin/offices); leave it empty for now."
            : $"issuingOffice '{given}' is not a registered office; give its code (e.g. {offices.Keys.Order().First()}) or its name as registered.");
        return null;
    }

    private static (string? Village, string? Regency, string? Province) Place(CaseInput s, CaseReferences refs, Action<string, string> fail)
    {
        var village = Blank(s.VillageCode);
        var regency = Blank(s.RegencyCode);
        var province = Blank(s.ProvinceCode);
        if (village is not null)
        {
            if (!refs.Villages.ContainsKey(village))
            {
                fail("villageCode", $"villageCode '{village}' is not a current village of the gazetteer (e.g. 53.10.01.2001).");
                return (null, null, null);
            }
            var ofVillage = village[..5];
            if (regency is not null && regency != ofVillage)
                fail("regencyCode", $"regencyCode {regency} does not contain village {village} (its regency is {ofVillage}).");
            regency = ofVillage;
        }
        if (regency is null)
        {
            fail("regencyCode", "regencyCode is required when no villageCode is given, e.g. 53.10.");
            return (village, null, null);
        }
        if (!refs.Regencies.ContainsKey(regency))
        {
            fail("regencyCode", $"regencyCode '{regency}' is not a known regency.");
            return (village, null, null);
        }
        var ofRegency = regency[..2];
        if (province is not null && province != ofRegency)
            fail("provinceCode", $"provinceCode {province} does not contain regency {regency} (its province is {ofRegency}).");
        else if (refs.Provinces.Count > 0 && !refs.Provinces.Contains(ofRegency))
            fail("provinceCode", $"province {ofRegency} is not a known province.");
        return (village, regency, ofRegency);
    }

    private static Point? Point(CaseInput s, CaseReferences refs, string? village, string? regency, Action<string, string> fail)
    {
        if (s.Longitude is { } x && s.Latitude is { } y)
        {
            var point = Geometries.Point(x, y);
            if (GeometryGuard.Check("Case", s.Reference ?? "?", point, refs.Territory) is { } problem)
            {
                fail("location", $"the recruitment point {problem.Detail}.");
                return null;
            }
            return point;
        }
        if (s.Longitude is not null || s.Latitude is not null)
        {
            fail("location", "give both longitude and latitude, or neither to take the village's point.");
            return null;
        }
        // Village precision when immigration knows the village; otherwise the regency seat, never a household.
        if (village is not null && refs.VillagePoints.TryGetValue(village, out var villagePoint))
            return villagePoint.Copy() as Point;
        if (regency is not null && refs.Regencies.TryGetValue(regency, out var seat) && seat is not null)
            return seat.Copy() as Point;
        if (regency is not null)
            fail("location", "longitude and latitude are required: no point is stored for this village or regency.");
        return null;
    }

    private static IReadOnlyList<VictimGroup> Victims(IReadOnlyList<VictimGroupInput>? groups, Action<string, string> fail)
    {
        var result = new List<VictimGroup>();
        if (groups is not { Count: > 0 })
        {
            fail("victims", "victims is required: at least one group with a sex, an age band and a count.");
            return result;
        }
        var ok = true;
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var sex = Sex.Unknown;
            var age = AgeGroup.Unknown;
            if (!string.IsNullOrWhiteSpace(g.Sex) && !EnumText.TryParse(g.Sex, out sex))
            {
                fail($"victims[{i}].sex", $"sex '{g.Sex}' must be one of: {string.Join(", ", Enum.GetNames<Sex>())}.");
                ok = false;
            }
            if (!string.IsNullOrWhiteSpace(g.AgeGroup) && !EnumText.TryParse(g.AgeGroup, out age))
            {
                fail($"victims[{i}].ageGroup", $"ageGroup '{g.AgeGroup}' must be one of: {string.Join(", ", Enum.GetNames<AgeGroup>())}.");
                ok = false;
            }
            if (g.Count is not { } count || count < 0 || count > MaxGroupCount)
            {
                fail($"victims[{i}].count", $"count must be a whole number from 0 to {MaxGroupCount}.");
                ok = false;
                continue;
            }
            if (count > 0)
                result.Add(new VictimGroup { Sex = sex, AgeGroup = age, Count = count });
        }
        foreach (var repeated in result.GroupBy(v => (v.Sex, v.AgeGroup)).Where(r => r.Count() > 1))
        {
            fail("victims", $"the group {repeated.Key.Sex}/{repeated.Key.AgeGroup} appears more than once; give one count per sex and age band.");
            ok = false;
        }
        if (ok && result.Sum(v => v.Count) < 1)
            fail("victims", "a case has at least one victim.");
        return result;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
