namespace Dashboard.Jobs.Risk;

/// <summary>
/// Nearest-point search over projected metres with square buckets: look in rings of buckets around the query until
/// the next ring cannot hold anything closer than the best found.
/// </summary>
public sealed class NearestPointIndex
{
    private readonly double _bucket;
    private readonly Dictionary<(int, int), List<(double X, double Y)>> _buckets = [];

    public NearestPointIndex(IEnumerable<(double X, double Y)> points, double bucketMetres)
    {
        _bucket = bucketMetres;
        foreach (var p in points)
        {
            var key = Key(p.X, p.Y);
            if (!_buckets.TryGetValue(key, out var list))
                _buckets[key] = list = [];
            list.Add(p);
        }
    }

    public bool IsEmpty => _buckets.Count == 0;

    /// <summary>Distance in metres to the nearest point, or +∞ when there is none within <paramref name="maxMetres"/>.</summary>
    public double NearestDistance(double x, double y, double maxMetres)
    {
        var (cx, cy) = Key(x, y);
        var best = double.PositiveInfinity;
        var maxRing = (int)Math.Ceiling(maxMetres / _bucket) + 1;
        for (var ring = 0; ring <= maxRing; ring++)
        {
            // Everything in this ring is at least (ring − 1) buckets away.
            if ((ring - 1) * _bucket > Math.Min(best, maxMetres))
                break;
            for (var i = cx - ring; i <= cx + ring; i++)
            {
                for (var j = cy - ring; j <= cy + ring; j++)
                {
                    if (Math.Max(Math.Abs(i - cx), Math.Abs(j - cy)) != ring || !_buckets.TryGetValue((i, j), out var list))
                        continue;
                    foreach (var p in list)
                        best = Math.Min(best, Math.Sqrt((p.X - x) * (p.X - x) + (p.Y - y) * (p.Y - y)));
                }
            }
        }
        return best <= maxMetres ? best : double.PositiveInfinity;
    }

    private (int, int) Key(double x, double y) => ((int)Math.Floor(x / _bucket), (int)Math.Floor(y / _bucket));
}
