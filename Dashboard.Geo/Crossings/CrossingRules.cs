using System.Text.RegularExpressions;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Spatial;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Crossings;

/// <summary>
/// What makes a crossing acceptable, field by field, and how a checked draft becomes (or changes) the entity. One set
/// of rules for the page, the API and imports, so each names the same field with the same words.
/// </summary>
public static partial class CrossingRules
{
    public const int MaxCode = 32;
    public const int MaxName = 200;

    /// <summary>The problems of a draft, keyed by field (camelCase, as the API names them); empty when it is good.</summary>
    public static Dictionary<string, string> Check(CrossingDraft d, IReadOnlyDictionary<string, GazetteerHit> gazetteer)
    {
        var problems = new Dictionary<string, string>();
        var code = NormaliseCode(d.Code);
        if (code.Length == 0)
            problems["code"] = "code is required (e.g. 'PLBN-ENTIKONG' or 'CGK').";
        else if (code.Length > MaxCode || !CodePattern().IsMatch(code))
            problems["code"] = $"code '{d.Code}' must be 1–{MaxCode} letters, digits or dashes.";
        if (string.IsNullOrWhiteSpace(d.Name))
            problems["name"] = "name is required.";
        else if (d.Name.Trim().Length > MaxName)
            problems["name"] = $"name is longer than {MaxName} characters.";
        if (ParseKind(d.Kind) is null)
            problems["kind"] = $"kind '{d.Kind}' is not one of {string.Join(", ", Enum.GetNames<CrossingKind>())}.";
        if (string.IsNullOrWhiteSpace(d.Office))
            problems["office"] = "office is required: the immigration office (Kantor Imigrasi) that runs the crossing.";
        else if (d.Office.Trim().Length > 200)
            problems["office"] = "office is longer than 200 characters.";
        var regency = (d.RegencyCode ?? "").Trim();
        if (regency.Length == 0)
            problems["regencyCode"] = "regencyCode is required: the Kemendagri code of the regency or city (e.g. '61.03').";
        else if (!gazetteer.TryGetValue(regency, out var hit) || hit.Level != GazetteerLevel.Regency)
            problems["regencyCode"] = $"regencyCode '{regency}' is not a regency or city of the gazetteer.";
        else if (hit.Retired)
            problems["regencyCode"] = $"regencyCode '{regency}' is retired from the gazetteer.";
        if (d.Longitude is not { } lon || d.Latitude is not { } lat || double.IsNaN(lon) || double.IsNaN(lat))
            problems["location"] = "longitude and latitude are required.";
        else if (!IndonesiaExtent.Contains(new Coordinate(lon, lat)))
            problems["location"] = $"({lon}, {lat}) is outside Indonesia; longitude comes first (about 95 to 141), latitude second (about -11 to 6).";
        if (d.DailyPassengers is < 0)
            problems["dailyPassengers"] = "dailyPassengers cannot be negative.";
        if (d.InterviewOfficers is < 0)
            problems["interviewOfficers"] = "interviewOfficers cannot be negative.";
        if (d.OpeningHours is { Length: > 100 })
            problems["openingHours"] = "openingHours is longer than 100 characters.";
        return problems;
    }

    public static string NormaliseCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static CrossingKind? ParseKind(string? kind) =>
        Enum.TryParse<CrossingKind>((kind ?? "").Trim(), ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _) ? k : null;

    /// <summary>A new crossing from a checked draft: a patrol base unless the draft says otherwise.</summary>
    public static BorderCrossing Create(CrossingDraft d, string changedBy, DateTimeOffset at)
    {
        var crossing = new BorderCrossing
        {
            Code = NormaliseCode(d.Code), Name = "", ManagingOffice = "", ProvinceCode = "", RegencyCode = "",
            Location = Geometries.Factory.CreatePoint(new Coordinate(0, 0)),
        };
        Apply(crossing, d, changedBy, at);
        return crossing;
    }

    /// <summary>Whether applying the draft would change anything (an import's "unchanged").</summary>
    public static bool Differs(BorderCrossing c, CrossingDraft d) =>
        c.Name != d.Name!.Trim() || c.Kind != ParseKind(d.Kind) || c.ManagingOffice != d.Office!.Trim()
        || c.RegencyCode != d.RegencyCode!.Trim() || Math.Abs(c.Location.X - d.Longitude!.Value) > 1e-9
        || Math.Abs(c.Location.Y - d.Latitude!.Value) > 1e-9 || c.DailyPassengers != (d.DailyPassengers ?? 0)
        || c.InterviewOfficers != (d.InterviewOfficers ?? 0) || c.OpeningHours != Blank(d.OpeningHours)
        || c.IsPatrolBase != (d.IsPatrolBase ?? true) || c.RetiredAt is not null;

    public static void Apply(BorderCrossing c, CrossingDraft d, string changedBy, DateTimeOffset at)
    {
        var regency = d.RegencyCode!.Trim();
        c.Name = d.Name!.Trim();
        c.Kind = ParseKind(d.Kind)!.Value;
        c.ManagingOffice = d.Office!.Trim();
        c.RegencyCode = regency;
        c.ProvinceCode = regency[..2];
        if (Math.Abs(c.Location.X - d.Longitude!.Value) > 1e-9 || Math.Abs(c.Location.Y - d.Latitude!.Value) > 1e-9)
            c.Location = Geometries.Factory.CreatePoint(new Coordinate(d.Longitude.Value, d.Latitude!.Value));
        c.DailyPassengers = d.DailyPassengers ?? 0;
        c.InterviewOfficers = d.InterviewOfficers ?? 0;
        c.OpeningHours = Blank(d.OpeningHours);
        c.IsPatrolBase = d.IsPatrolBase ?? true;
        c.RetiredAt = null;
        c.RetiredReason = null;
        c.ChangedBy = changedBy;
        c.ChangedAt = at;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();
}
