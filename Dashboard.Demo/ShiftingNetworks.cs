namespace Dashboard.Demo;

/// <summary>
/// The shifting scenario's villages: each of a regency's origin villages has a small steady weight and, for most, one
/// recruitment network that is born, rises to a peak and dies within four to eighteen months, somewhere in the history.
/// A case's village is drawn by the weights on its day. The generator also knows each village's expected share of
/// its regency's cases over a window: the true intensity a backtest can rank against.
/// </summary>
internal sealed class ShiftingNetworks
{
    private const int NoNetwork = int.MinValue;
    private readonly Dictionary<string, Network[]> _villages = [];

    private readonly record struct Network(double Base, int Born, int Dies, double Peak)
    {
        public double Weight(int day)
        {
            if (Born == NoNetwork || day < Born || day > Dies)
                return Base;
            // A triangle: from nothing at birth to the peak half-way, back to nothing at death.
            var half = (Dies - Born) / 2.0;
            return Base + Peak * (1 - Math.Abs(day - Born - half) / half);
        }
    }

    public ShiftingNetworks(Random random, IEnumerable<string> regencies, int villagesPerRegency, DateOnly start, DateOnly today)
    {
        foreach (var regency in regencies)
        {
            _villages[regency] = Enumerable.Range(0, villagesPerRegency).Select(i =>
            {
                var steady = 0.15 * Math.Pow(random.NextDouble(), 2);
                if (!random.Chance(0.7))
                    return new Network(steady, NoNetwork, NoNetwork, 0);
                var length = random.Next(120, 540);
                var born = start.DayNumber - length / 2 + random.Next(today.DayNumber - start.DayNumber + length / 2);
                return new Network(steady, born, born + length, 1 + 4 * random.NextDouble());
            }).ToArray();
        }
    }

    /// <summary>A village of the regency, drawn by the weights of the day.</summary>
    public int Pick(Random random, string regency, DateOnly day)
    {
        var networks = _villages[regency];
        var weights = networks.Select(n => n.Weight(day.DayNumber)).ToArray();
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
                return i;
        }
        return weights.Length - 1;
    }

    /// <summary>Each village's share of its regency's cases, summed over the days of [from, to).</summary>
    public double[] Shares(string regency, DateOnly from, DateOnly to)
    {
        var networks = _villages[regency];
        var shares = new double[networks.Length];
        for (var day = from.DayNumber; day < to.DayNumber; day++)
        {
            var total = networks.Sum(n => n.Weight(day));
            for (var i = 0; i < networks.Length; i++)
                shares[i] += networks[i].Weight(day) / total;
        }
        return shares;
    }
}
