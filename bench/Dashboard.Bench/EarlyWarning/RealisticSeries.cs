using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Bench.EarlyWarning;

/// <summary>
/// Weekly case counts as the issue describes real ones: a base level between 1 and 10 a week, a trend of −3 % to
/// +10 % a year, an annual season of ±25 % at a random phase, 40 % more in the four weeks from Eid al-Fitr, and
/// negative-binomial noise with dispersion 1.5. A surge multiplies the mean from its start week on.
/// </summary>
internal sealed class RealisticSeries
{
    public const double Dispersion = 1.5;

    private readonly double _level;
    private readonly double _trend;
    private readonly double _phase;

    public RealisticSeries(Random random)
    {
        _level = new[] { 1.0, 2, 3, 5, 10 }[random.Next(5)];
        _trend = -0.03 + 0.13 * random.NextDouble();
        _phase = 2 * Math.PI * random.NextDouble();
    }

    public double Mean(IReadOnlyList<DateOnly> weeks, int t)
    {
        var years = t / 52.1775;
        var angle = 2 * Math.PI * weeks[t].DayOfYear / 365.2425 + _phase;
        var eid = IslamicHolidays.WithinWeeksAfter(IslamicHolidays.EidAlFitr, weeks[t], 0, 3) ? 1.4 : 1;
        return _level * Math.Exp(_trend * years) * (1 + 0.25 * Math.Sin(angle)) * eid;
    }

    public int[] Draw(IReadOnlyList<DateOnly> weeks, Random random, int surgeStart = int.MaxValue, double factor = 1)
    {
        var counts = new int[weeks.Count];
        for (var t = 0; t < weeks.Count; t++)
            counts[t] = new CountSampler(Mean(weeks, t) * (t >= surgeStart ? factor : 1), Dispersion).Next(random);
        return counts;
    }
}
