using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Patrols;

/// <summary>
/// Great-circle distances stretched by a detour factor: a fair stand-in for roads and sea lanes when no network is
/// loaded, and the same in both directions.
/// </summary>
public sealed class StraightLineTravelCosts : ITravelCosts
{
    // The IUGG mean radius; the spherical error against the ellipsoid (< 0.5 %) is far below the detour guess.
    private const double EarthRadiusMetres = 6_371_008.8;

    private readonly double _detourFactor;

    public StraightLineTravelCosts(double detourFactor)
    {
        if (!(detourFactor >= 1) || !double.IsFinite(detourFactor))
            throw new ArgumentOutOfRangeException(nameof(detourFactor), detourFactor,
                $"A detour factor must be a finite number of at least 1; got {detourFactor}.");
        _detourFactor = detourFactor;
    }

    public double[] DistanceMatrix(PatrolBase home, IReadOnlyList<PatrolStop> stops, PatrolMode mode)
    {
        var n = stops.Count + 1;
        var lon = new double[n];
        var lat = new double[n];
        lon[0] = home.Longitude * Math.PI / 180;
        lat[0] = home.Latitude * Math.PI / 180;
        for (var k = 0; k < stops.Count; k++)
        {
            lon[k + 1] = stops[k].Longitude * Math.PI / 180;
            lat[k + 1] = stops[k].Latitude * Math.PI / 180;
        }

        var cosLat = new double[n];
        for (var i = 0; i < n; i++)
            cosLat[i] = Math.Cos(lat[i]);

        var metres = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var d = _detourFactor * Haversine(lat[i], lon[i], cosLat[i], lat[j], lon[j], cosLat[j]);
                metres[i * n + j] = d;
                metres[j * n + i] = d;
            }
        }
        return metres;
    }

    /// <summary>Great-circle metres between two points; the haversine form stays accurate for short hops.</summary>
    public static double HaversineMetres(double lon1, double lat1, double lon2, double lat2)
    {
        var p1 = lat1 * Math.PI / 180;
        var p2 = lat2 * Math.PI / 180;
        return Haversine(p1, lon1 * Math.PI / 180, Math.Cos(p1), p2, lon2 * Math.PI / 180, Math.Cos(p2));
    }

    private static double Haversine(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        var sinDLat = Math.Sin((lat2 - lat1) / 2);
        var sinDLon = Math.Sin((lon2 - lon1) / 2);
        var a = sinDLat * sinDLat + cosLat1 * cosLat2 * sinDLon * sinDLon;
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
