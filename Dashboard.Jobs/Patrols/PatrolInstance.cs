namespace Dashboard.Jobs.Patrols;

/// <summary>
/// A planning problem in the search's own terms: nodes 0 (the base) to n, costs in the budget's unit so that one
/// comparison decides feasibility, and the stops worth considering at all.
/// </summary>
internal sealed class PatrolInstance
{
    // Sums of a few dozen legs round differently along different orders; this keeps a tour that exactly fills the
    // budget from being judged over it.
    private const double RelativeSlack = 1e-9;

    public PatrolInstance(IReadOnlyList<PatrolStop> stops, double[] metres, PatrolBudget budget, double speedKmh)
    {
        Stops = stops;
        Size = stops.Count + 1;
        Budget = budget;
        SpeedKmh = speedKmh;
        Limit = budget.Limit;
        Kilometres = new double[Size * Size];
        Cost = new double[Size * Size];
        var costPerKm = budget.IsHours ? 1 / speedKmh : 1;
        for (var i = 0; i < metres.Length; i++)
        {
            Kilometres[i] = metres[i] / 1000;
            Cost[i] = Kilometres[i] * costPerKm;
        }

        NodeCost = new double[Size];
        Risk = new double[Size];
        for (var k = 0; k < stops.Count; k++)
        {
            // Time on site spends a shift but not a distance budget.
            NodeCost[k + 1] = budget.IsHours ? stops[k].ServiceMinutes / 60 : 0;
            Risk[k + 1] = stops[k].Risk;
        }

        var eligible = new List<int>();
        for (var i = 1; i < Size; i++)
        {
            // A stop covering nothing only spends budget; one the patrol cannot reach and return from is never in a plan.
            if (Risk[i] > 0 && Fits(Cost[i] + NodeCost[i] + Cost[i * Size]))
                eligible.Add(i);
        }
        Eligible = [.. eligible];
    }

    public IReadOnlyList<PatrolStop> Stops { get; }

    public int Size { get; }

    public PatrolBudget Budget { get; }

    public double SpeedKmh { get; }

    public double Limit { get; }

    /// <summary>Row-major travel kilometres between nodes.</summary>
    public double[] Kilometres { get; }

    /// <summary>Row-major travel cost between nodes in the budget's unit (hours or kilometres).</summary>
    public double[] Cost { get; }

    /// <summary>Budget spent at a node itself: time on site under an hours budget, nothing under a distance budget.</summary>
    public double[] NodeCost { get; }

    public double[] Risk { get; }

    /// <summary>Stops that cover some risk and can be reached and returned from within the budget, by node number.</summary>
    public int[] Eligible { get; }

    public bool Fits(double cost) => cost <= Limit * (1 + RelativeSlack);

    /// <summary>The plan visiting <paramref name="nodes"/>[0..count) in order, measured the way a person would check it.</summary>
    public PatrolPlan ToPlan(int[] nodes, int count)
    {
        if (count == 0)
            return PatrolPlan.Empty;
        var stops = new PatrolStop[count];
        double risk = 0, km = 0, serviceHours = 0;
        var previous = 0;
        for (var p = 0; p < count; p++)
        {
            var node = nodes[p];
            stops[p] = Stops[node - 1];
            risk += Risk[node];
            serviceHours += Stops[node - 1].ServiceMinutes / 60;
            km += Kilometres[previous * Size + node];
            previous = node;
        }
        km += Kilometres[previous * Size];
        var travelHours = km / SpeedKmh;
        var within = Fits(Budget.IsHours ? travelHours + serviceHours : km);
        return new PatrolPlan(stops, risk, km, travelHours, serviceHours, within);
    }
}
