using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Patrols;

/// <summary>
/// Refuses input the search would silently get wrong: a NaN coordinate makes every distance NaN and every
/// comparison false, and a negative risk would reward skipping a stop. Messages name the stop so a planner can fix it.
/// </summary>
internal static class PatrolInputValidation
{
    public static void Validate(PatrolBase home, IReadOnlyList<PatrolStop> stops, string stopsParameter, PatrolBudget budget, PatrolMode mode)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(stops, stopsParameter);
        ArgumentNullException.ThrowIfNull(budget);
        if (!Enum.IsDefined(mode))
            throw new ArgumentException($"Patrol mode {(int)mode} is neither Land nor Sea.", nameof(mode));
        Coordinates($"The base '{home.Id}'", home.Longitude, home.Latitude, nameof(home));

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < stops.Count; k++)
        {
            var stop = stops[k] ?? throw new ArgumentException($"Stop at index {k} is null.", stopsParameter);
            if (string.IsNullOrWhiteSpace(stop.Id))
                throw new ArgumentException($"Stop at index {k} has no Id.", stopsParameter);
            var name = $"Stop '{stop.Id}' (index {k})";
            Coordinates(name, stop.Longitude, stop.Latitude, stopsParameter);
            if (!double.IsFinite(stop.Risk) || stop.Risk < 0)
                throw new ArgumentException($"{name} has risk {stop.Risk}; risk must be a finite number ≥ 0.", stopsParameter);
            if (!double.IsFinite(stop.ServiceMinutes) || stop.ServiceMinutes < 0)
                throw new ArgumentException(
                    $"{name} has {stop.ServiceMinutes} service minutes; time on site must be a finite number ≥ 0.", stopsParameter);
            if (!ids.Add(stop.Id))
                throw new ArgumentException($"{name} repeats an Id already used; each stop may appear once.", stopsParameter);
        }
    }

    /// <summary>Checks a travel-cost provider's matrix, since a wrong one would yield plausible but wrong plans.</summary>
    public static void Matrix(double[] metres, int points, ITravelCosts provider)
    {
        var name = provider.GetType().Name;
        if (metres.Length != points * points)
            throw new InvalidOperationException(
                $"{name} returned {metres.Length} distances for {points} points; expected {points * points}.");
        for (var i = 0; i < metres.Length; i++)
        {
            if (double.IsNaN(metres[i]) || metres[i] < 0)
                throw new InvalidOperationException(
                    $"{name} returned {metres[i]} m from point {i / points} to point {i % points}; distances must be ≥ 0 (∞ when unreachable).");
        }
    }

    private static void Coordinates(string name, double longitude, double latitude, string parameter)
    {
        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
            throw new ArgumentException($"{name} has longitude {longitude}; it must be a finite number in [-180, 180].", parameter);
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
            throw new ArgumentException($"{name} has latitude {latitude}; it must be a finite number in [-90, 90].", parameter);
    }
}
