using Dashboard.Geo.Gazetteer;

namespace Dashboard.Web.Gazetteer;

/// <summary>A gazetteer code as the API sends it.</summary>
public sealed record GazetteerAreaView(
    string Code, string Level, string Name, string Label, string? District, string? Regency, string? Province,
    double? Longitude, double? Latitude, bool OutermostSmallIsland, bool Retired)
{
    public static GazetteerAreaView Of(GazetteerHit h) =>
        new(h.Code, h.Level.ToString(), h.Name, h.Label, h.District, h.Regency, h.Province, h.Longitude, h.Latitude, h.IsOutermostSmall, h.Retired);
}
