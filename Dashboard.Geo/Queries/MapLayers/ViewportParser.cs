using System.Globalization;

namespace Dashboard.Geo.Queries.MapLayers;

/// <summary>Reads "west,south,east,north" and a zoom from a query string, naming what is wrong when it cannot.</summary>
public static class ViewportParser
{
    public static Viewport? TryParse(string? bbox, string? zoom, IDictionary<string, string[]> errors)
    {
        var box = ParseBox(bbox, errors);
        int? z = null;
        if (string.IsNullOrWhiteSpace(zoom))
            errors["zoom"] = ["zoom is required: an integer map zoom level from 0 to 22."];
        else if (!int.TryParse(zoom, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed is < Viewport.MinZoom or > Viewport.MaxZoom)
            errors["zoom"] = [$"zoom '{zoom}' must be an integer from {Viewport.MinZoom} to {Viewport.MaxZoom}."];
        else
            z = parsed;
        return box is { } b && z is { } level ? new Viewport(b[0], b[1], b[2], b[3], level) : null;
    }

    private static double[]? ParseBox(string? bbox, IDictionary<string, string[]> errors)
    {
        const string shape = "bbox must be 'west,south,east,north' in decimal degrees (WGS 84)";
        if (string.IsNullOrWhiteSpace(bbox))
        {
            errors["bbox"] = [shape + "."];
            return null;
        }
        var parts = bbox.Split(',');
        var values = new double[parts.Length];
        if (parts.Length != 4 || parts.Where((p, i) => !double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).Any()
            || values.Any(v => !double.IsFinite(v)))
        {
            errors["bbox"] = [$"{shape}; got '{bbox}'."];
            return null;
        }
        var (west, south, east, north) = (values[0], values[1], values[2], values[3]);
        if (south is < -90 or > 90 || north is < -90 or > 90 || south >= north || west >= east || west < -540 || east > 540)
        {
            errors["bbox"] = [$"{shape} with west < east and -90 <= south < north <= 90; got '{bbox}'."];
            return null;
        }
        // Leaflet may report longitudes past ±180 after panning around the world; Indonesia never needs them.
        return [Math.Max(west, -180), south, Math.Min(east, 180), north];
    }
}
