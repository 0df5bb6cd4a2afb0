using System.Diagnostics;
using Dashboard.Geo.Spatial;

namespace Dashboard.Jobs.Risk;

/// <summary>
/// Threat = (case density + report density + background) × rat-route factor × crossing factor, densities in
/// victims (or credibility-weighted reports) per 100 km², each event decayed by its age.
/// </summary>
internal static class ThreatStage
{
    private const double PerHundredSquareKm = 1e8;

    public static void Compute(RiskInputs inputs, RiskOptions options, RiskGridIndex index, RiskResult result)
    {
        var clock = Stopwatch.StartNew();
        var caseKde = new KernelDensity(index.Grid, options.CaseBandwidthKm * 1000);
        var victims = caseKde.Estimate(inputs.Cases.Select(c => new WeightedPoint(c.Longitude, c.Latitude, c.Victims * CaseDecay(c, inputs.AsOf, options))));
        result.KernelMilliseconds = clock.Elapsed.TotalMilliseconds;
        Spread(victims, index, result.CaseDensity, PerHundredSquareKm);

        var reportKde = new KernelDensity(index.Grid, options.ReportBandwidthKm * 1000);
        var asOf = new DateTimeOffset(inputs.AsOf.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var reports = reportKde.Estimate(inputs.Reports.Select(r => new WeightedPoint(r.Longitude, r.Latitude,
            r.Credibility * TimeDecay.Weight((asOf - r.At).TotalDays, options.ReportHalfLifeDays))));
        Spread(reports, index, result.ReportDensity, PerHundredSquareKm);

        RaiseNearRoutes(inputs, options, index, result.RatRouteFactor);
        foreach (var crossing in inputs.Crossings)
        {
            var (x, y) = EqualAreaProjection.Forward(crossing.Longitude, crossing.Latitude);
            var factor = 1 + options.CrossingRiskPerLogThousand * Math.Log10(1 + crossing.DailyPassengers / 1000.0);
            index.RaiseNear(x, y, options.CrossingRadiusKm * 1000, factor, result.CrossingFactor);
        }

        for (var i = 0; i < index.Count; i++)
            result.Threat[i] = (result.CaseDensity[i] + result.ReportDensity[i] + options.BackgroundDensity) * result.RatRouteFactor[i] * result.CrossingFactor[i];
    }

    public static double CaseDecay(CaseInput c, DateOnly asOf, RiskOptions options) =>
        TimeDecay.Weight(asOf.DayNumber - c.ReportedOn.DayNumber, options.CaseHalfLifeDays);

    private static void RaiseNearRoutes(RiskInputs inputs, RiskOptions options, RiskGridIndex index, double[] factors)
    {
        const double stepMetres = 1000;
        foreach (var route in inputs.Routes)
        {
            var factor = route.Activity switch { 3 => options.RatRouteRiskHigh, 2 => options.RatRouteRiskMedium, 1 => options.RatRouteRiskLow, _ => 1.0 };
            if (factor <= 1 || inputs.AsOf.DayNumber - route.LastObserved.DayNumber > options.RatRouteActiveDays)
                continue;
            var points = route.Points.Select(p => EqualAreaProjection.Forward(p.Longitude, p.Latitude)).ToList();
            for (var s = 1; s < points.Count; s++)
            {
                var (x0, y0) = points[s - 1];
                var (x1, y1) = points[s];
                var steps = Math.Max(1, (int)Math.Ceiling(Math.Sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)) / stepMetres));
                for (var k = 0; k <= steps; k++)
                    index.RaiseNear(x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps, options.RatRouteRadiusKm * 1000, factor, factors);
            }
        }
    }

    private static void Spread(Dictionary<long, double> density, RiskGridIndex index, double[] target, double scale)
    {
        foreach (var (cell, value) in density)
        {
            if (index.Position.TryGetValue(cell, out var i))
                target[i] = value * scale;
        }
    }
}
