using Dashboard.Jobs.Risk;

namespace Dashboard.Jobs.Tests.Risk;

public sealed class PoissonRegressionTests
{
    [Fact]
    public void OneBinaryTerm_GivesTheClosedForm_TheLogOfEachGroupsMeanAndTheirRatio()
    {
        // Group 0: counts 1, 2, 3 (mean 2); group 1: counts 6, 8, 10 (mean 8). MLE: intercept ln 2, slope ln 4.
        double[][] x = [[0], [0], [0], [1], [1], [1]];
        double[] y = [1, 2, 3, 6, 8, 10];

        var fit = PoissonRegression.Estimate(x, y, ridge: 0);

        Assert.True(fit.Converged);
        Assert.Equal(Math.Log(2), fit.Intercept, 6);
        Assert.Equal(Math.Log(4), fit.Slopes[0], 6);
        Assert.Equal(8, fit.Predict([1]), 5);
    }

    [Fact]
    public void SimulatedCounts_GiveBackTheCoefficientsTheyWereDrawnWith()
    {
        var random = new Random(20261204);
        var x = new List<double[]>();
        var y = new List<double>();
        for (var i = 0; i < 20_000; i++)
        {
            var row = new[] { random.NextDouble() * 2 - 1, random.NextDouble() * 3 };
            x.Add(row);
            y.Add(Poisson(random, Math.Exp(0.5 + 0.8 * row[0] - 0.4 * row[1])));
        }

        var fit = PoissonRegression.Estimate(x, y);

        Assert.Equal(0.5, fit.Intercept, 1);
        Assert.InRange(fit.Slopes[0], 0.75, 0.85);
        Assert.InRange(fit.Slopes[1], -0.45, -0.35);
    }

    [Fact]
    public void TwoCopiesOfOneTerm_StayFinite_AndShareItsEffect()
    {
        // Perfectly collinear columns have no unique fit; the ridge splits the slope between them instead of diverging.
        double[][] x = [[0, 0], [0, 0], [1, 1], [1, 1]];
        double[] y = [1, 1, 4, 4];

        var fit = PoissonRegression.Estimate(x, y, ridge: 1e-3);

        Assert.True(double.IsFinite(fit.Slopes[0]) && double.IsFinite(fit.Slopes[1]));
        Assert.Equal(fit.Slopes[0], fit.Slopes[1], 6);
        Assert.Equal(4, fit.Predict([1, 1]), 2);
    }

    internal static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var (k, p) = (0, random.NextDouble());
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }
        return k;
    }
}
