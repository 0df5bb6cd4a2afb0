using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// One official code of the gazetteer: a province ("32"), regency ("32.12"), district ("32.12.05"), village
/// ("32.12.05.2001") or named island ("32.12.40001"). Codes are never deleted: one that a newer release no longer lists
/// is marked retired, so whatever refers to it keeps its meaning.
/// </summary>
public sealed class GazetteerArea
{
    public required string Code { get; set; }

    public GazetteerLevel Level { get; set; }

    public required string Name { get; set; }

    /// <summary>The code one level up (an island's regency, or its province when the list names none); null for a province.</summary>
    public string? ParentCode { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>Islands only: the coordinate the list gives.</summary>
    public Point? Location { get; set; }

    /// <summary>Islands only: whether people live there.</summary>
    public bool IsPopulated { get; set; }

    /// <summary>Islands only: one of the outermost small islands (pulau-pulau kecil terluar) that fix the borders.</summary>
    public bool IsOutermostSmall { get; set; }

    /// <summary>The release of the list that first named this code.</summary>
    public required string FirstRelease { get; set; }

    /// <summary>The release that no longer named it, or null while it is current.</summary>
    public string? RetiredInRelease { get; set; }
}
