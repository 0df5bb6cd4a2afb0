using Dashboard.Demo;
using Dashboard.Jobs.Risk;

namespace Dashboard.Bench.Backtest;

/// <summary>The model's inputs as they stood on a day: only what had been reported before it.</summary>
internal static class WorldInputs
{
    public static RiskInputs AsOf(DemoWorld world, DateOnly asOf, IReadOnlyList<GridCellInput> cells, RiskOptions options)
    {
        var horizon = asOf.AddDays(-(int)Math.Ceiling(options.CaseHalfLifeDays * options.CaseHorizonHalfLives));
        var highRisk = options.HighRiskDestinations.ToHashSet();
        var cases = world.Cases.Where(c => c.ReportedOn < asOf && c.ReportedOn >= horizon)
            .Select(c => new CaseInput(c.Location.X, c.Location.Y, c.ReportedOn, c.VictimCount, c.MinorCount, highRisk.Contains(c.DestinationCountry)))
            .ToList();
        var routes = world.RatRoutes.Where(r => r.LastObserved < asOf)
            .Select(r => new RouteInput(r.Path.Coordinates.Select(p => (p.X, p.Y)).ToList(), (int)r.Activity, r.LastObserved)).ToList();
        var crossings = world.Crossings.Select(c => new CrossingInput(c.Location.X, c.Location.Y, c.DailyPassengers)).ToList();
        var villages = world.Villages.Where(v => v.LaunchedOn < asOf)
            .Select(v => new VillageInput(v.Location.X, v.Location.Y,
                v.OutreachSessions.Where(s => s.HeldOn < asOf).Select(s => (DateOnly?)s.HeldOn).DefaultIfEmpty(null).Max()))
            .ToList();
        return new RiskInputs(asOf.AddDays(-1), cells, cases, routes, crossings, villages, []);
    }
}
