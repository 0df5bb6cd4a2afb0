namespace Dashboard.Geo.Queries.Travel;

/// <summary>
/// What the travel network says about n points: how far each lies from the nearest way of the mode's graph
/// (<see cref="double.NaN"/> when none is within the snap distance), and the shortest path along the network between
/// the places where they join it, row-major n × n (<see cref="double.PositiveInfinity"/> when one of the two is off
/// the network or no path joins them).
/// </summary>
public sealed record NetworkDistances(int Points, double[] SnapMetres, double[] PathMetres)
{
    /// <summary>No network to route over (none loaded for the mode, or pgRouting missing): every point is off it.</summary>
    public static NetworkDistances None(int points)
    {
        var paths = new double[points * points];
        Array.Fill(paths, double.PositiveInfinity);
        for (var i = 0; i < points; i++)
            paths[i * points + i] = 0;
        var snaps = new double[points];
        Array.Fill(snaps, double.NaN);
        return new NetworkDistances(points, snaps, paths);
    }

    public bool OnNetwork(int point) => !double.IsNaN(SnapMetres[point]);

    public double Path(int from, int to) => PathMetres[from * Points + to];
}
