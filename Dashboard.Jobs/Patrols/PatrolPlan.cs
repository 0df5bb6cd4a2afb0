namespace Dashboard.Jobs.Patrols;

/// <summary>
/// One patrol: the stops in visiting order (the base is implied at both ends), what it covers and what it costs.
/// A plan built by hand may be over budget; <see cref="WithinBudget"/> says so rather than the plan being refused.
/// </summary>
public sealed class PatrolPlan
{
    public PatrolPlan(IReadOnlyList<PatrolStop> stops, double risk, double kilometres, double travelHours,
        double serviceHours, bool withinBudget)
    {
        Stops = stops;
        Risk = risk;
        Kilometres = kilometres;
        TravelHours = travelHours;
        ServiceHours = serviceHours;
        WithinBudget = withinBudget;
    }

    public static PatrolPlan Empty { get; } = new([], 0, 0, 0, 0, true);

    public IReadOnlyList<PatrolStop> Stops { get; }

    public double Risk { get; }

    public double Kilometres { get; }

    public double TravelHours { get; }

    public double ServiceHours { get; }

    public double Hours => TravelHours + ServiceHours;

    public bool WithinBudget { get; }

    /// <summary>Risk covered per kilometre travelled; zero for a plan that goes nowhere.</summary>
    public double RiskPerKilometre => Kilometres > 0 ? Risk / Kilometres : 0;

    /// <summary>Risk covered per hour of shift; zero for a plan that takes no time.</summary>
    public double RiskPerHour => Hours > 0 ? Risk / Hours : 0;

    public override string ToString() =>
        $"{Stops.Count} stops, risk {Risk:0.###}, {Kilometres:0.#} km, {Hours:0.##} h{(WithinBudget ? "" : " (over budget)")}";
}
