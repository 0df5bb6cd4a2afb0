namespace Dashboard.Demo;

/// <summary>Everything the generator depends on, so the same options always make the same world.</summary>
/// <param name="Seed">Seed of the one random generator.</param>
/// <param name="Today">The last day of the history; five years of cases end here.</param>
/// <param name="Scenario">Steady village weights (the demo) or shifting networks (a harder backtest).</param>
public sealed record DemoWorldOptions(int Seed, DemoSize Size, DateOnly Today, DemoScenario Scenario = DemoScenario.Steady)
{
    public const int DefaultSeed = 20231;

    public static DateOnly DefaultToday { get; } = new(2026, 11, 15);

    public int CaseCount => Size == DemoSize.Large ? 100_000 : 12_000;

    public int RatRouteCount => Size == DemoSize.Large ? 1_200 : 200;

    public int VillageCount => Size == DemoSize.Large ? 5_000 : 500;

    public int HistoryYears => 5;

    public static DemoSize ParseSize(string? text) =>
        Enum.TryParse<DemoSize>(text, ignoreCase: true, out var size) ? size : DemoSize.Default;
}
