using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Patrols;

/// <summary>
/// The patrol planner's parameters, bindable from the "Patrols" configuration section. Speeds are door-to-door
/// averages including stops for terrain and weather, not a vehicle's top speed.
/// </summary>
public sealed class PatrolPlannerOptions
{
    public const string Section = "Patrols";

    public double LandSpeedKmh { get; set; } = 30;

    public double SeaSpeedKmh { get; set; } = 25;

    /// <summary>Road or sea-lane length per straight-line kilometre, for when no network distances are available.</summary>
    public double DetourFactor { get; set; } = 1.3;

    /// <summary>
    /// A stop or base at most this far from a way of the travel network joins it there; one further off is reached
    /// across country, measured as a straight line with the detour factor.
    /// </summary>
    public double NetworkSnapMetres { get; set; } = 2000;

    /// <summary>
    /// Plans within this fraction of the best risk found are equally good to suggest; the suggestion is drawn among
    /// them so that patrols cannot be predicted from the risk map.
    /// </summary>
    public double NearBestTolerance { get; set; } = 0.05;

    /// <summary>Perturb-and-repair rounds of the search for the best plan; the alternatives get a quarter each.</summary>
    public int Iterations { get; set; } = 1500;

    /// <summary>
    /// A safety cap on the whole search. The result is reproducible from the seed only when the iterations finish
    /// first, which they should; hitting it means the iterations are set too high for the instance.
    /// </summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxAlternatives { get; set; } = 3;

    /// <summary>An alternative may share at most this fraction of the smaller plan's stops with any plan shown before it.</summary>
    public double MaxAlternativeOverlap { get; set; } = 0.7;

    public double SpeedKmh(PatrolMode mode) => mode == PatrolMode.Sea ? SeaSpeedKmh : LandSpeedKmh;

    internal void Validate()
    {
        Require(LandSpeedKmh > 0 && double.IsFinite(LandSpeedKmh), nameof(LandSpeedKmh), LandSpeedKmh, "a positive speed in km/h");
        Require(SeaSpeedKmh > 0 && double.IsFinite(SeaSpeedKmh), nameof(SeaSpeedKmh), SeaSpeedKmh, "a positive speed in km/h");
        Require(DetourFactor >= 1 && double.IsFinite(DetourFactor), nameof(DetourFactor), DetourFactor, "at least 1");
        Require(NetworkSnapMetres >= 0 && double.IsFinite(NetworkSnapMetres), nameof(NetworkSnapMetres), NetworkSnapMetres, "zero or more metres");
        Require(NearBestTolerance is >= 0 and < 1, nameof(NearBestTolerance), NearBestTolerance, "in [0, 1)");
        Require(Iterations >= 0, nameof(Iterations), Iterations, "zero or more");
        Require(TimeLimit > TimeSpan.Zero, nameof(TimeLimit), TimeLimit, "positive");
        Require(MaxAlternatives >= 0, nameof(MaxAlternatives), MaxAlternatives, "zero or more");
        Require(MaxAlternativeOverlap is > 0 and <= 1, nameof(MaxAlternativeOverlap), MaxAlternativeOverlap, "in (0, 1]");
    }

    private static void Require(bool ok, string name, object value, string what)
    {
        if (!ok)
            throw new ArgumentOutOfRangeException(name, value, $"{nameof(PatrolPlannerOptions)}.{name} must be {what}; got {value}.");
    }
}
