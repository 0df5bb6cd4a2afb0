namespace Dashboard.Jobs.Patrols;

/// <summary>
/// Shortens a tour without changing which stops it visits (2-opt, then Or-opt: moving runs of up to three stops),
/// so that the budget freed can take more stops. Moves are judged on the exact cost in both directions, so an
/// asymmetric network matrix is handled correctly.
/// </summary>
internal sealed class TourImprover
{
    // Improvements smaller than this are rounding, and chasing them could cycle.
    private const double Epsilon = 1e-10;

    private readonly PatrolInstance _instance;
    private readonly int[] _sequence;
    private readonly double[] _forward;
    private readonly double[] _backward;

    public TourImprover(PatrolInstance instance)
    {
        _instance = instance;
        _sequence = new int[instance.Size + 1];
        _forward = new double[instance.Size + 1];
        _backward = new double[instance.Size + 1];
    }

    public void Improve(PatrolTour tour)
    {
        // Each pass only accepts strict improvements, so this ends; the cap is a guard against rounding surprises.
        for (var pass = 0; pass < 100; pass++)
        {
            var improved = TwoOpt(tour);
            improved |= OrOpt(tour);
            if (!improved)
                break;
        }
        tour.RecomputeCost();
    }

    /// <summary>Reverses the stretch that most shortens the tour, until no reversal does.</summary>
    private bool TwoOpt(PatrolTour tour)
    {
        var m = tour.Count;
        if (m < 2)
            return false;
        var cost = _instance.Cost;
        var size = _instance.Size;
        var t = _sequence;
        var any = false;
        while (true)
        {
            // t[0] and t[m + 1] are the base; prefix sums give any stretch's cost forwards and backwards in O(1).
            t[0] = 0;
            Array.Copy(tour.Nodes, 0, t, 1, m);
            t[m + 1] = 0;
            _forward[0] = 0;
            _backward[0] = 0;
            for (var k = 0; k <= m; k++)
            {
                _forward[k + 1] = _forward[k] + cost[t[k] * size + t[k + 1]];
                _backward[k + 1] = _backward[k] + cost[t[k + 1] * size + t[k]];
            }

            var bestDelta = -Epsilon;
            int bestI = 0, bestJ = 0;
            for (var i = 1; i < m; i++)
            {
                var before = t[i - 1];
                var first = t[i];
                var cutIn = cost[before * size + first];
                for (var j = i + 1; j <= m; j++)
                {
                    var last = t[j];
                    var after = t[j + 1];
                    var delta = cost[before * size + last] + cost[first * size + after]
                        + (_backward[j] - _backward[i]) - cutIn - cost[last * size + after] - (_forward[j] - _forward[i]);
                    if (delta < bestDelta)
                    {
                        bestDelta = delta;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI == 0)
                return any;
            Array.Reverse(tour.Nodes, bestI - 1, bestJ - bestI + 1);
            any = true;
        }
    }

    /// <summary>Moves each run of one to three consecutive stops in turn to the place where it costs least.</summary>
    private bool OrOpt(PatrolTour tour)
    {
        var m = tour.Count;
        var cost = _instance.Cost;
        var size = _instance.Size;
        var nodes = tour.Nodes;
        var any = false;
        for (var length = 1; length <= 3 && length < m; length++)
        {
            for (var start = 0; start + length <= m; start++)
            {
                var first = nodes[start];
                var last = nodes[start + length - 1];
                var before = start > 0 ? nodes[start - 1] : 0;
                var after = start + length < m ? nodes[start + length] : 0;
                var saved = cost[before * size + first] + cost[last * size + after] - cost[before * size + after];

                // Every gap between p − 1 and p outside the run; the gap the run already sits in is no move at all.
                var bestDelta = -Epsilon;
                var bestGap = -1;
                for (var p = 0; p <= m; p++)
                {
                    if (p >= start && p <= start + length)
                        continue;
                    var previous = p > 0 ? nodes[p - 1] : 0;
                    var next = p < m ? nodes[p] : 0;
                    var delta = cost[previous * size + first] + cost[last * size + next] - cost[previous * size + next] - saved;
                    if (delta < bestDelta)
                    {
                        bestDelta = delta;
                        bestGap = p;
                    }
                }
                if (bestGap < 0)
                    continue;
                Move(nodes, start, length, bestGap);
                any = true;
            }
        }
        return any;
    }

    /// <summary>Moves nodes[start..start+length) to sit just before the node now at <paramref name="gap"/> (m = the end).</summary>
    private static void Move(int[] nodes, int start, int length, int gap)
    {
        Span<int> run = stackalloc int[3];
        nodes.AsSpan(start, length).CopyTo(run);
        if (gap < start)
        {
            Array.Copy(nodes, gap, nodes, gap + length, start - gap);
            run[..length].CopyTo(nodes.AsSpan(gap));
        }
        else
        {
            Array.Copy(nodes, start + length, nodes, start, gap - start - length);
            run[..length].CopyTo(nodes.AsSpan(gap - length));
        }
    }
}
