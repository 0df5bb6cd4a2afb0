using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Dashboard.Geo.Offices;

/// <summary>
/// An office's working area (<i>wilayah kerja</i>): the regencies it covers, as one outline. Where the regencies have no
/// boundary loaded yet, their provinces stand in, so a new deployment still scopes, only more coarsely.
/// </summary>
public sealed class WorkingArea
{
    private readonly IPreparedGeometry? _prepared;

    public WorkingArea(IReadOnlyCollection<string> regencyCodes, Geometry? outline, IReadOnlyCollection<string> provinceCodes, Envelope? extent = null)
    {
        RegencyCodes = regencyCodes;
        Outline = outline;
        ProvinceCodes = provinceCodes;
        Extent = extent ?? outline?.EnvelopeInternal;
        _prepared = outline is null ? null : PreparedGeometryFactory.Prepare(outline);
    }

    public IReadOnlyCollection<string> RegencyCodes { get; }

    /// <summary>The union of the regencies' boundaries; null when none is loaded.</summary>
    public Geometry? Outline { get; }

    /// <summary>
    /// Where a map of the area opens: the outline's box, or without boundaries a box around the regencies' seats; null
    /// when neither is known.
    /// </summary>
    public Envelope? Extent { get; }

    /// <summary>The provinces of those regencies: the fallback when no boundary is loaded.</summary>
    public IReadOnlyCollection<string> ProvinceCodes { get; }

    public bool Covers(double longitude, double latitude, string provinceCode) =>
        _prepared is { } outline
            ? outline.Covers(Spatial.Geometries.Point(longitude, latitude))
            : ProvinceCodes.Contains(provinceCode);
}
