namespace Dashboard.Web.Map;

/// <summary>Configuration "Map": an optional raster tile server. Without one the map draws its own vector basemap.</summary>
public sealed class MapTileOptions
{
    public const string Section = "Map";

    /// <summary>Leaflet URL template, e.g. "https://tiles.example/{z}/{x}/{y}.png"; empty for none.</summary>
    public string? TileUrl { get; set; }

    /// <summary>Attribution the tile provider requires, shown in the map's corner.</summary>
    public string? TileAttribution { get; set; }
}
