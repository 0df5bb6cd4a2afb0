namespace Dashboard.Demo;

/// <summary>The few draws the generator needs, all from one seeded <see cref="Random"/>.</summary>
internal static class Sampling
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Draws an item with probability proportional to its weight.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var target = random.NextDouble() * total;
        foreach (var item in items)
        {
            target -= weight(item);
            if (target < 0)
                return item;
        }
        return items[^1];
    }

    /// <summary>Standard normal by Box–Muller.</summary>
    public static double Gaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
