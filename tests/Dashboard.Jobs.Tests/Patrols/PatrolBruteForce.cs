using Dashboard.Jobs.Patrols;

namespace Dashboard.Jobs.Tests.Patrols;

/// <summary>
/// The exact optimum by dynamic programming over subsets (Held–Karp): the cheapest path from the base through each
/// set of stops ending at each stop, then the richest set whose closed tour fits the budget. Written apart from the
/// planner so that it checks the planner's cost model, not shares it.
/// </summary>
internal static class PatrolBruteForce
{
    public static double OptimalRisk(IReadOnlyList<PatrolStop> stops, double[] metres, PatrolBudget budget, double speedKmh)
    {
        var n = stops.Count;
        var size = n + 1;
        double Travel(int from, int to) => metres[from * size + to] / 1000 / (budget.IsHours ? speedKmh : 1);
        double OnSite(int stop) => budget.IsHours ? stops[stop].ServiceMinutes / 60 : 0;

        var path = new double[1 << n, n];
        for (var mask = 0; mask < 1 << n; mask++)
        {
            for (var j = 0; j < n; j++)
                path[mask, j] = double.PositiveInfinity;
        }
        for (var j = 0; j < n; j++)
            path[1 << j, j] = Travel(0, j + 1);
        for (var mask = 1; mask < 1 << n; mask++)
        {
            for (var j = 0; j < n; j++)
            {
                if ((mask & (1 << j)) == 0 || double.IsPositiveInfinity(path[mask, j]))
                    continue;
                for (var k = 0; k < n; k++)
                {
                    if ((mask & (1 << k)) != 0)
                        continue;
                    var next = mask | (1 << k);
                    path[next, k] = Math.Min(path[next, k], path[mask, j] + Travel(j + 1, k + 1));
                }
            }
        }

        var best = 0.0;
        for (var mask = 1; mask < 1 << n; mask++)
        {
            double risk = 0, onSite = 0, tour = double.PositiveInfinity;
            for (var j = 0; j < n; j++)
            {
                if ((mask & (1 << j)) == 0)
                    continue;
                risk += stops[j].Risk;
                onSite += OnSite(j);
                tour = Math.Min(tour, path[mask, j] + Travel(j + 1, 0));
            }
            if (tour + onSite <= budget.Limit * (1 + 1e-9))
                best = Math.Max(best, risk);
        }
        return best;
    }
}
