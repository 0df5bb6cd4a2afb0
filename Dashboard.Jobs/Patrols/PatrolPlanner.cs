using System.Diagnostics;
using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Patrols;

/// <summary>
/// Suggests patrol routes: from a base, which candidate stops to visit and in what order to cover the most risk
/// within a shift or distance budget (an orienteering problem), and scores routes that planners edit by hand.
/// Results depend only on the input and the <see cref="Random"/> given, unless the time limit cuts the search short.
/// </summary>
public sealed class PatrolPlanner
{
    // A stop in a plan already shown counts for this share of its risk when searching for the next alternative:
    // strong enough to steer the search elsewhere, weak enough to keep a cheap shared stop on the way.
    private const double ShownDiscount = 0.25;

    // The search for the best plan gets this share of the time limit; the alternatives share the rest.
    private const double MainSearchShare = 0.6;

    private readonly PatrolPlannerOptions _options;
    private readonly ITravelCosts _travelCosts;

    /// <summary>A planner measuring straight lines stretched by the options' detour factor.</summary>
    public PatrolPlanner(PatrolPlannerOptions options)
        : this(options, new StraightLineTravelCosts(options.DetourFactor))
    {
    }

    public PatrolPlanner(PatrolPlannerOptions options, ITravelCosts travelCosts)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(travelCosts);
        options.Validate();
        _options = options;
        _travelCosts = travelCosts;
    }

    /// <summary>
    /// The suggested plan, drawn with <paramref name="rng"/> among the plans found within the near-best tolerance of
    /// the best, the best itself, and up to the configured number of meaningfully different alternatives.
    /// </summary>
    /// <exception cref="ArgumentException">A coordinate, risk or service time is invalid, or an Id repeats.</exception>
    public PatrolSuggestion Suggest(PatrolBase home, IReadOnlyList<PatrolStop> candidates, PatrolBudget budget,
        PatrolMode mode, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var started = Stopwatch.GetTimestamp();
        var instance = Build(home, candidates, nameof(candidates), budget, mode);
        if (instance.Eligible.Length == 0)
            return new PatrolSuggestion(PatrolPlan.Empty, PatrolPlan.Empty, [], 0);

        var limitTicks = _options.TimeLimit.TotalSeconds * Stopwatch.Frequency;
        var pool = new PlanPool(instance);
        var search = new IteratedLocalSearch(instance, pool);
        search.Run(instance.Risk, _options.Iterations, rng, started + (long)(limitTicks * MainSearchShare));

        var ranked = pool.Ranked();
        var best = ranked[0];
        var threshold = best.Risk * (1 - _options.NearBestTolerance) * (1 - 1e-12);
        var nearBest = 1;
        while (nearBest < ranked.Count && ranked[nearBest].Risk >= threshold)
            nearBest++;
        var suggested = ranked[rng.Next(nearBest)];

        var alternatives = Alternatives(instance, pool, search, suggested, rng, started + (long)limitTicks);
        var plans = new PatrolPlan[alternatives.Count];
        for (var a = 0; a < plans.Length; a++)
            plans[a] = ToPlan(instance, alternatives[a]);
        return new PatrolSuggestion(ToPlan(instance, suggested), ToPlan(instance, best), plans, nearBest);
    }

    /// <summary>
    /// Measures a route as given, in order, for a planner who moved its stops by hand: distance, hours, risk, and
    /// whether it keeps within <paramref name="budget"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A coordinate, risk or service time is invalid, or a stop repeats.</exception>
    public PatrolPlan Score(PatrolBase home, IReadOnlyList<PatrolStop> orderedStops, PatrolBudget budget, PatrolMode mode)
    {
        var instance = Build(home, orderedStops, nameof(orderedStops), budget, mode);
        var nodes = new int[orderedStops.Count];
        for (var k = 0; k < nodes.Length; k++)
            nodes[k] = k + 1;
        return instance.ToPlan(nodes, nodes.Length);
    }

    private PatrolInstance Build(PatrolBase home, IReadOnlyList<PatrolStop> stops, string stopsParameter,
        PatrolBudget budget, PatrolMode mode)
    {
        _options.Validate();
        PatrolInputValidation.Validate(home, stops, stopsParameter, budget, mode);
        var metres = _travelCosts.DistanceMatrix(home, stops, mode);
        PatrolInputValidation.Matrix(metres, stops.Count + 1, _travelCosts);
        return new PatrolInstance(stops, metres, budget, _options.SpeedKmh(mode));
    }

    /// <summary>
    /// Each round discounts the stops of the plan last shown and searches again, then takes the pool's richest plan
    /// that overlaps no plan shown so far by the configured share or more.
    /// </summary>
    private List<PooledPlan> Alternatives(PatrolInstance instance, PlanPool pool, IteratedLocalSearch search,
        PooledPlan suggested, Random rng, long deadline)
    {
        var shown = new List<PooledPlan> { suggested };
        var alternatives = new List<PooledPlan>();
        var weight = (double[])instance.Risk.Clone();
        var scratch = new bool[instance.Size];
        var iterations = Math.Max(1, _options.Iterations / 4);
        for (var round = 0; round < _options.MaxAlternatives; round++)
        {
            // When the last round found nothing new, this discounts the same stops again, pushing harder.
            foreach (var node in shown[^1].Nodes)
                weight[node] *= ShownDiscount;
            search.Run(weight, iterations, rng, deadline);

            foreach (var plan in pool.Ranked())
            {
                if (Distinct(plan, shown, scratch))
                {
                    shown.Add(plan);
                    alternatives.Add(plan);
                    break;
                }
            }
        }
        alternatives.Sort((a, b) => b.Risk.CompareTo(a.Risk));
        return alternatives;
    }

    private bool Distinct(PooledPlan plan, List<PooledPlan> shown, bool[] scratch)
    {
        foreach (var other in shown)
        {
            if (plan.Overlap(other, scratch) >= _options.MaxAlternativeOverlap)
                return false;
        }
        return true;
    }

    private static PatrolPlan ToPlan(PatrolInstance instance, PooledPlan plan) => instance.ToPlan(plan.Nodes, plan.Nodes.Length);
}
