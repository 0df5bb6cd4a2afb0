using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Jobs.Tests.EarlyWarning;

public sealed class RegressionBaselineTests
{
    [Fact]
    public void PoissonRegression_OnAnExactLogLinearSeries_RecoversItsCoefficients()
    {
        // y = exp(0.5 + 0.3 x) exactly: the Poisson likelihood is maximal there, and the Pearson χ² is 0 (φ floored at 1).
        var x = Enumerable.Range(0, 40).Select(i => new[] { 1.0, i / 10.0 }).ToArray();
        var y = x.Select(r => Math.Exp(0.5 + 0.3 * r[1])).ToArray();

        var fit = PoissonRegression.Estimate(x, y);

        Assert.Equal(0.5, fit.Coefficients[0], 6);
        Assert.Equal(0.3, fit.Coefficients[1], 6);
        Assert.Equal(1.0, fit.Dispersion, 12);
    }

    [Fact]
    public void PoissonRegression_MeasuresOverdispersion_AsPearsonChiSquareOverDegreesOfFreedom()
    {
        // 1, 5, 1, 5, … (10 weeks), intercept only: μ = 3, each week (±2)² / 3, χ² = 40/3 on 9 degrees of freedom.
        var x = Enumerable.Range(0, 10).Select(_ => new[] { 1.0 }).ToArray();
        var y = Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? 1.0 : 5.0).ToArray();

        var fit = PoissonRegression.Estimate(x, y);

        Assert.Equal(Math.Log(3), fit.Coefficients[0], 9);
        Assert.Equal(40.0 / 3 / 9, fit.Dispersion, 9);
        // A new week: X'WX = nμ = 30, Var(η̂) = φ / 30, so the dispersion is φ (1 + μ / 30) = φ · 1.1.
        Assert.Equal(40.0 / 3 / 9 * 1.1, fit.PredictionDispersion([1.0]), 6);
    }

    [Fact]
    public void Baseline_FollowsTheTrend_AndPutsLebaranInItsOwnWeeks()
    {
        // 200 · exp(0.05 · years + 0.3 sin(season) + 0.4 in the four weeks from Eid al-Fitr), 2018–2022 (rounded).
        var weeks = Weeks.Between(new DateOnly(2018, 1, 1), new DateOnly(2022, 12, 31));
        double Truth(DateOnly w)
        {
            var terms = BaselineCalendar.Of(w, weeks[0]);
            return 200 * Math.Exp(0.05 * terms[1] + 0.3 * terms[2] + 0.4 * terms[6]);
        }
        var counts = weeks.Select(w => (int)Math.Round(Truth(w))).ToArray();

        var (expected, dispersion) = RegressionBaseline.Compute(weeks, counts);

        // Eid al-Fitr 2022 fell on 2 May, 11 days before 2021's: the week of 2 May 2022 is a Lebaran week, that of 16 May
        // 2022 (Lebaran week in 2021's calendar position) is one too, but 30 May 2022 is not — the fit knows which.
        foreach (var monday in new[] { new DateOnly(2022, 5, 2), new DateOnly(2022, 5, 30), new DateOnly(2022, 11, 7) })
        {
            var t = weeks.ToList().IndexOf(monday);
            Assert.InRange(expected[t] / Truth(monday), 0.995, 1.005);
        }
        // No noise beyond rounding: φ = 1, plus the fit's own small uncertainty (about p / n, more where a term rests on few weeks: the Eid term has eight in two years).
        Assert.All(dispersion.Skip(RegressionBaseline.MinimumHistoryWeeks), phi => Assert.InRange(phi, 1.0, 1.5));
        Assert.True(double.IsNaN(expected[RegressionBaseline.MinimumHistoryWeeks - 1]));
    }

    [Fact]
    public void Baseline_DropsAPastOutbreak_SoItDoesNotRaiseTheExpectation()
    {
        // 20 a week, with eight weeks of 60 in the second year: refitted without them, the third year expects ≈ 20.
        var weeks = Weeks.Between(new DateOnly(2019, 1, 7), new DateOnly(2021, 12, 31));
        var counts = weeks.Select((_, i) => i is >= 70 and < 78 ? 60 : 20).ToArray();

        var (expected, _) = RegressionBaseline.Compute(weeks, counts);

        Assert.InRange(expected[130], 19.0, 21.0);
    }

    [Fact]
    public void NegativeBinomialReferenceValue_MatchesTheHandComputedValue_AndPoissonAtDispersionOne()
    {
        // μ₀ = 2, ρ = 1.5, φ = 2: r = 2, k = 2 ln(5/4) / ln(1.5 · 4/5) = 2.447802.
        Assert.Equal(2.447802, NegativeBinomialCusum.ReferenceValue(2, 1.5, 2), 5);
        Assert.Equal(PoissonCusum.ReferenceValue(2, 1.5), NegativeBinomialCusum.ReferenceValue(2, 1.5, 1), 12);
        Assert.Equal(1 / Math.Log(1.5), PoissonCusum.ReferenceValue(2, 1.5), 12); // Poisson: (3 − 2) / ln 1.5 = 2.466
    }
}
