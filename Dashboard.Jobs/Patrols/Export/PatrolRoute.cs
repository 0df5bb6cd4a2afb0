using System.Globalization;

namespace Dashboard.Jobs.Patrols.Export;

/// <summary>
/// A patrol as it goes out to the field: its waypoints in visiting order, starting and ending at <see cref="Base"/>.
/// Separate from <see cref="PatrolPlan"/> so a route drawn or edited by hand exports the same way as a planned one.
/// </summary>
public sealed record PatrolRoute(string Name, DateOnly? PlannedFor, string? Team, PatrolBase Base,
    IReadOnlyList<PatrolWaypoint> Waypoints)
{
    /// <summary>
    /// The way on the ground, base to base through every waypoint, as (longitude, latitude): along roads and tracks
    /// where the travel network knows them. Written as a GPX track and as the KML line; without it, straight legs.
    /// </summary>
    public IReadOnlyList<(double Longitude, double Latitude)>? Track { get; init; }

    /// <summary>Takes the plan's stops in visiting order; each waypoint is named by the stop's Id.</summary>
    public static PatrolRoute From(PatrolPlan plan, PatrolBase home, string name, DateOnly? plannedFor, string? team)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(home);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var waypoints = plan.Stops
            .Select(stop => new PatrolWaypoint(stop.Id, Describe(stop), stop.Longitude, stop.Latitude))
            .ToArray();
        return new PatrolRoute(name, plannedFor, team, home, waypoints);
    }

    /// <summary>The line to draw: the track when there is one, else the loop's straight legs.</summary>
    internal IEnumerable<(double Longitude, double Latitude)> Line() =>
        Track is { Count: > 1 } track ? track : Loop().Select(p => (p.Longitude, p.Latitude));

    /// <summary>The loop a device should guide along: the base, every waypoint in order, and the base again.</summary>
    internal IEnumerable<PatrolWaypoint> Loop()
    {
        var home = new PatrolWaypoint(Base.Name, null, Base.Longitude, Base.Latitude);
        yield return home;
        foreach (var waypoint in Waypoints)
            yield return waypoint;
        yield return home;
    }

    // Invariant, so a file exported on a server set to id-ID reads "2.35" like every other, not "2,35".
    private static string Describe(PatrolStop stop) =>
        string.Create(CultureInfo.InvariantCulture, $"Risk {stop.Risk:0.00}; {stop.ServiceMinutes:0} min on site");
}
