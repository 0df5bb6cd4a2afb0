using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Patrols;

/// <summary>
/// Travel distances between a base and its candidate stops. The planner only ever reads this matrix, so a road or
/// sea-lane network (pgRouting's cost matrix) can replace straight lines without touching the search.
/// </summary>
public interface ITravelCosts
{
    /// <summary>
    /// Metres travelled from point i to point j, row-major in an (n + 1) × (n + 1) array: point 0 is the base, point
    /// k + 1 is <paramref name="stops"/>[k]. It need not be symmetric (one-way roads, currents); the diagonal is zero.
    /// Unreachable pairs are <see cref="double.PositiveInfinity"/>. Entries are shortest-path lengths (as pgRouting's
    /// cost matrices are), so no detour through a third point is shorter: the planner relies on that to rule out
    /// stops whose direct round trip does not fit the budget.
    /// </summary>
    double[] DistanceMatrix(PatrolBase home, IReadOnlyList<PatrolStop> stops, PatrolMode mode);
}
