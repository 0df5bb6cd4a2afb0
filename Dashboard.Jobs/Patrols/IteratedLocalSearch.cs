using System.Diagnostics;

namespace Dashboard.Jobs.Patrols;

/// <summary>
/// Iterated local search for the orienteering problem (after Vansteenwegen et al., 2009): build greedily, then
/// repeatedly knock a few stops out, repair greedily, shorten and refill; every tour reached goes to the pool.
/// The search maximises the given weights, which are the true risks for the main search and discounted risks when
/// looking for alternatives.
/// </summary>
internal sealed class IteratedLocalSearch
{
    // Jitter on insertion ratios during repair; enough to break ties and near-ties, not enough to pick poor stops.
    private const double RepairNoise = 0.15;

    // Accept a worse tour while it stays within this fraction of the best: the walk then wanders the near-best
    // region, which both escapes local optima and fills the pool with plans worth suggesting.
    private const double AcceptWithin = 0.05;

    // Rounds without a new best before the walk goes back to the best tour.
    private const int RestartAfter = 60;

    private readonly PatrolInstance _instance;
    private readonly TourImprover _improver;
    private readonly PlanPool _pool;
    private readonly bool[] _removed;

    public IteratedLocalSearch(PatrolInstance instance, PlanPool pool)
    {
        _instance = instance;
        _improver = new TourImprover(instance);
        _pool = pool;
        _removed = new bool[instance.Size];
    }

    /// <returns>The best tour found by the weights.</returns>
    public PatrolTour Run(double[] weight, int iterations, Random rng, long deadline)
    {
        var current = new PatrolTour(_instance);
        GreedyInsertion.Fill(_instance, current, weight);
        Polish(current, weight, null);
        _pool.Offer(current);
        var best = new PatrolTour(_instance);
        best.CopyFrom(current);
        var bestScore = best.Score(weight);
        var currentScore = bestScore;
        var candidate = new PatrolTour(_instance);
        var sinceBest = 0;

        for (var iteration = 0; iteration < iterations && Stopwatch.GetTimestamp() < deadline; iteration++)
        {
            candidate.CopyFrom(current);
            Perturb(candidate, rng);
            // The stops just knocked out sit out the first refill, or greedy repair would mostly put them back.
            GreedyInsertion.Fill(_instance, candidate, weight, _removed, rng, RepairNoise);
            Array.Clear(_removed);
            Polish(candidate, weight, rng);
            _pool.Offer(candidate);

            var score = candidate.Score(weight);
            if (Better(score, candidate.Cost, bestScore, best.Cost))
            {
                best.CopyFrom(candidate);
                bestScore = score;
                sinceBest = 0;
            }
            else
            {
                sinceBest++;
            }

            if (Better(score, candidate.Cost, currentScore, current.Cost) || score >= bestScore * (1 - AcceptWithin))
            {
                current.CopyFrom(candidate);
                currentScore = score;
            }
            if (sinceBest > 0 && sinceBest % RestartAfter == 0)
            {
                current.CopyFrom(best);
                currentScore = bestScore;
            }
        }
        return best;
    }

    /// <summary>Shorten, refill, and again, until refilling adds nothing.</summary>
    private void Polish(PatrolTour tour, double[] weight, Random? rng)
    {
        do
        {
            _improver.Improve(tour);
        }
        while (GreedyInsertion.Fill(_instance, tour, weight, null, rng, RepairNoise) > 0);
    }

    /// <summary>Removes either one consecutive stretch of the tour or a few stops scattered along it.</summary>
    private void Perturb(PatrolTour tour, Random rng)
    {
        var m = tour.Count;
        if (m == 0)
            return;
        if (rng.Next(2) == 0)
        {
            var length = 1 + rng.Next(Math.Max(1, (m + 2) / 3));
            var start = rng.Next(m - length + 1);
            for (var p = start; p < start + length; p++)
                _removed[tour.Nodes[p]] = true;
            tour.RemoveRange(start, length);
        }
        else
        {
            var count = 1 + rng.Next(Math.Min(3, m));
            for (var k = 0; k < count; k++)
            {
                var position = rng.Next(tour.Count);
                _removed[tour.Nodes[position]] = true;
                tour.RemoveRange(position, 1);
            }
        }
    }

    private static bool Better(double score, double cost, double thanScore, double thanCost)
    {
        const double tolerance = 1e-9;
        var margin = tolerance * Math.Max(1, Math.Abs(thanScore));
        return score > thanScore + margin || (score >= thanScore - margin && cost < thanCost - tolerance);
    }
}
