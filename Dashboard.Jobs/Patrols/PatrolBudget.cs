namespace Dashboard.Jobs.Patrols;

/// <summary>
/// What a patrol may spend: either a shift length in hours (travel and time on site both count) or a distance in
/// kilometres (fuel, for a boat; only travel counts). Exactly one of the two is set.
/// </summary>
public sealed record PatrolBudget
{
    private PatrolBudget(double? maxHours, double? maxKilometres)
    {
        MaxHours = maxHours;
        MaxKilometres = maxKilometres;
    }

    public double? MaxHours { get; }

    public double? MaxKilometres { get; }

    /// <summary>The budget as one number in its own unit, hours or kilometres.</summary>
    public double Limit => MaxHours ?? MaxKilometres!.Value;

    public bool IsHours => MaxHours is not null;

    public static PatrolBudget Hours(double maxHours) => new(Positive(maxHours, nameof(maxHours), "hours"), null);

    public static PatrolBudget Kilometres(double maxKilometres) =>
        new(null, Positive(maxKilometres, nameof(maxKilometres), "kilometres"));

    public override string ToString() => IsHours ? $"{MaxHours} h" : $"{MaxKilometres} km";

    // A zero budget is refused rather than planned as an empty patrol: it is almost always a form left blank.
    private static double Positive(double value, string parameter, string unit) =>
        double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(parameter, value,
                $"A patrol budget must be a positive, finite number of {unit}; got {value}.");
}
