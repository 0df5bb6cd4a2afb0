namespace Dashboard.Jobs.Patrols;

/// <summary>
/// Fills a tour by repeatedly adding the stop with the most risk per unit of budget its cheapest insertion costs,
/// until nothing more fits. With noise the ratios are jittered, so repeated repairs of the same tour explore
/// different choices, including between stops that tie exactly.
/// </summary>
internal static class GreedyInsertion
{
    // Stops at the same place cost nothing to add; this keeps their ratio finite and ordered by risk.
    private const double MinimumAddedCost = 1e-12;

    /// <returns>How many stops were added.</returns>
    public static int Fill(PatrolInstance instance, PatrolTour tour, double[] weight, bool[]? forbidden = null,
        Random? rng = null, double noise = 0)
    {
        var cost = instance.Cost;
        var nodeCost = instance.NodeCost;
        var size = instance.Size;
        var eligible = instance.Eligible;
        var added = 0;
        while (true)
        {
            var slack = instance.Limit - tour.Cost;
            var bestNode = -1;
            var bestPosition = 0;
            var bestAdded = 0.0;
            var bestRatio = 0.0;
            for (var e = 0; e < eligible.Length; e++)
            {
                var node = eligible[e];
                if (tour.Visited[node] || (forbidden is not null && forbidden[node]) || weight[node] <= 0 || nodeCost[node] > slack)
                    continue;

                var cheapest = double.PositiveInfinity;
                var position = 0;
                var previous = 0;
                var row = node * size;
                for (var p = 0; p <= tour.Count; p++)
                {
                    var next = p < tour.Count ? tour.Nodes[p] : 0;
                    var extra = cost[previous * size + node] + cost[row + next] - cost[previous * size + next];
                    if (extra < cheapest)
                    {
                        cheapest = extra;
                        position = p;
                    }
                    previous = next;
                }

                var total = cheapest + nodeCost[node];
                if (!instance.Fits(tour.Cost + total))
                    continue;
                var ratio = weight[node] / Math.Max(total, MinimumAddedCost);
                if (rng is not null)
                    ratio *= 1 + noise * (2 * rng.NextDouble() - 1);
                if (ratio > bestRatio)
                {
                    bestRatio = ratio;
                    bestNode = node;
                    bestPosition = position;
                    bestAdded = total;
                }
            }

            if (bestNode < 0)
                return added;
            tour.Insert(bestPosition, bestNode, bestAdded);
            added++;
        }
    }
}
