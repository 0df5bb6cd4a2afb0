using Dashboard.Jobs.Patrols;

namespace Dashboard.Web.Patrols;

/// <summary>A plan as the page and the API show it: stops in order, what it covers, what it costs.</summary>
public sealed record PatrolPlanView(
    IReadOnlyList<PatrolStopView> Stops,
    double Risk,
    double Kilometres,
    double Hours,
    double RiskPerKilometre,
    double RiskPerHour,
    bool WithinBudget)
{
    /// <summary>How this plan's distances were measured: how many of its stops the travel network reaches.</summary>
    public PatrolTravelView? Travel { get; init; }

    /// <summary>
    /// The way the round goes, base to base, as [longitude, latitude] pairs: along the travel network where it joins
    /// both ends of a leg, straight across otherwise. Null on a plan not measured yet.
    /// </summary>
    public IReadOnlyList<double[]>? Path { get; init; }

    public static PatrolPlanView Of(PatrolPlan plan, IReadOnlyDictionary<string, PatrolStopView> known) => new(
        [.. plan.Stops.Select(s => known.TryGetValue(s.Id, out var v) ? v with { Longitude = s.Longitude, Latitude = s.Latitude, Risk = s.Risk } : new PatrolStopView(s.Id, s.Id, "", s.Longitude, s.Latitude, s.Risk))],
        Math.Round(plan.Risk, 3), Math.Round(plan.Kilometres, 1), Math.Round(plan.Hours, 2),
        Math.Round(plan.RiskPerKilometre, 4), Math.Round(plan.RiskPerHour, 3), plan.WithinBudget);
}

/// <summary>One stop: a rat route's point (kind "route") or a high-risk cell ("cell").</summary>
public sealed record PatrolStopView(string Id, string Name, string Kind, double Longitude, double Latitude, double Risk);
