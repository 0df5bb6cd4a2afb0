namespace Dashboard.Jobs.Risk;

/// <summary>Exponential decay by half-life: an event one half-life old counts half, two half-lives a quarter.</summary>
public static class TimeDecay
{
    public static double Weight(double ageDays, double halfLifeDays) =>
        ageDays <= 0 ? 1 : Math.Pow(0.5, ageDays / halfLifeDays);
}
