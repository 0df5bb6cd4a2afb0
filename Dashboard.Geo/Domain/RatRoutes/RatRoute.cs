using Dashboard.Geo.Domain.Crossings;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.RatRoutes;

/// <summary>An informal crossing (jalur tikus): a footpath, logging road, river or boat lane that avoids a checkpoint.</summary>
public sealed class RatRoute
{
    public int Id { get; set; }

    /// <summary>What local people call it, e.g. "Jalur Sungai Sekayam".</summary>
    public const int MaxNameLength = 200;

    public required string LocalName { get; set; }

    public RouteMode Mode { get; set; }

    public ActivityLevel Activity { get; set; }

    public DateOnly LastObserved { get; set; }

    public Confidence Confidence { get; set; }

    /// <summary>Where the knowledge came from: a patrol, a village mentor, a partner agency, an informant.</summary>
    public required string Source { get; set; }

    public int? NearestCrossingId { get; set; }

    public BorderCrossing? NearestCrossing { get; set; }

    public required LineString Path { get; set; }

    /// <summary>True for generated demo data, which the UI labels as such.</summary>
    public bool IsSynthetic { get; set; }
}
