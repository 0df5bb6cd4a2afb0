using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Queries.Travel;

namespace Dashboard.Jobs.Patrols;

/// <summary>
/// Travel distances for one planning question, from what the travel network measured for its base and stops: along
/// the network wherever both ends can join it, straight lines stretched by the detour factor elsewhere. Getting onto
/// the network from a stop off a way counts as off-network travel too.
/// </summary>
public sealed class NetworkTravelCosts : ITravelCosts
{
    private readonly NetworkDistances _network;
    private readonly StraightLineTravelCosts _straight;
    private readonly double _detourFactor;

    public NetworkTravelCosts(NetworkDistances network, double detourFactor)
    {
        ArgumentNullException.ThrowIfNull(network);
        _network = network;
        _straight = new StraightLineTravelCosts(detourFactor);
        _detourFactor = detourFactor;
    }

    /// <summary>How many of the points (the base first) join the network; the rest travel by straight line only.</summary>
    public int PointsOnNetwork => Enumerable.Range(0, _network.Points).Count(_network.OnNetwork);

    /// <summary>Whether the point (0 the base, k + 1 the k-th stop) joins the network.</summary>
    public bool OnNetwork(int point) => _network.OnNetwork(point);

    /// <exception cref="ArgumentException">The stops are not the ones the network was measured for.</exception>
    public double[] DistanceMatrix(PatrolBase home, IReadOnlyList<PatrolStop> stops, PatrolMode mode)
    {
        var n = stops.Count + 1;
        if (n != _network.Points)
            throw new ArgumentException($"The network was measured for {_network.Points} points (a base and its stops), not {n}.", nameof(stops));
        var metres = _straight.DistanceMatrix(home, stops, mode);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var path = _network.Path(i, j);
                if (i == j || double.IsPositiveInfinity(path))
                    continue;
                var joining = _detourFactor * (_network.SnapMetres[i] + _network.SnapMetres[j]);
                // Two stops closer to each other than to the way go straight across, not out to the way and back.
                if (metres[i * n + j] > joining)
                    metres[i * n + j] = joining + path;
            }
        }
        CloseOverDetours(metres, n);
        return metres;
    }

    /// <summary>
    /// Floyd–Warshall: mixing network paths with straight lines can leave a pair whose direct figure is longer than
    /// going through a third point. The planner relies on entries being shortest paths, so each takes the shorter.
    /// </summary>
    private static void CloseOverDetours(double[] metres, int n)
    {
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var ik = metres[i * n + k];
                if (double.IsPositiveInfinity(ik))
                    continue;
                for (var j = 0; j < n; j++)
                {
                    var through = ik + metres[k * n + j];
                    if (through < metres[i * n + j])
                        metres[i * n + j] = through;
                }
            }
        }
    }
}
