using System.Globalization;
using Dashboard.Geo.Queries.MapLayers;

namespace Dashboard.Web.Map;

/// <summary>
/// What the map shows, as its address carries it so a link opens the same view: the layers, the case period, the
/// place, the risk run and the run it is compared with, and the office's scope
/// (<c>/?layers=crossings,cases&amp;period=90d&amp;at=-2.5,118,5&amp;run=41&amp;compare=37&amp;scope=national</c>).
/// Anything unreadable in a link falls back to the default rather than failing the page.
/// </summary>
public sealed record MapView(IReadOnlySet<MapLayer> Layers, MapPeriod Period, (double Latitude, double Longitude, int Zoom)? At,
    int? Run = null, int? Compare = null, bool? National = null)
{
    public static MapView Default { get; } = new(new HashSet<MapLayer>(MapLayerNames.Records), MapPeriod.All, null);

    public static MapView Parse(string? layers, string? period, string? at, string? run = null, string? compare = null, string? scope = null)
    {
        var chosen = Default.Layers;
        if (layers is not null)
        {
            var parsed = new HashSet<MapLayer>();
            foreach (var name in layers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (MapLayerNames.TryParse(name, out var layer))
                    parsed.Add(layer);
            }
            chosen = parsed;
        }
        bool? national = scope switch { Identity.ViewScope.National => true, Identity.ViewScope.Area => false, _ => null };
        return new MapView(chosen, MapPeriods.Parse(period), ParseAt(at), ParseRun(run), ParseRun(compare), national);
    }

    private static int? ParseRun(string? run) =>
        int.TryParse(run, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static (double, double, int)? ParseAt(string? at)
    {
        var parts = at?.Split(',');
        if (parts is not { Length: 3 }
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -85 or > 85
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng) || lng is < -180 or > 180
            || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var zoom) || zoom is < 3 or > 18)
            return null;
        return (lat, lng, zoom);
    }

    /// <summary>The query string of this view; the default layers and period are left out to keep links short.</summary>
    public string Query()
    {
        var parts = new List<string>();
        if (!Layers.SetEquals(Default.Layers))
            parts.Add("layers=" + string.Join(',', Layers.Order().Select(l => l.ToName())));
        if (Period != MapPeriod.All)
            parts.Add("period=" + Period.Key());
        if (At is { } at)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"at={at.Latitude:0.####},{at.Longitude:0.####},{at.Zoom}"));
        if (Run is { } run)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"run={run}"));
        if (Compare is { } compare)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"compare={compare}"));
        if (National is { } national)
            parts.Add("scope=" + (national ? Identity.ViewScope.National : Identity.ViewScope.Area));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
