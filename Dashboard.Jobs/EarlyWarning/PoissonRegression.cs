namespace Dashboard.Jobs.EarlyWarning;

/// <summary>
/// A log-linear Poisson regression fitted by iteratively reweighted least squares, with the quasi-Poisson dispersion
/// φ = Pearson χ² / (n − p) (floored at 1) that measures how much more the counts vary than Poisson: the
/// Farrington-flexible baseline. A tiny ridge on the non-intercept terms keeps a term that never varies in the window
/// (no Eid yet in a short history, an area without cases) from making the system singular; it moves a real fit by
/// far less than its standard error.
/// </summary>
public static class PoissonRegression
{
    /// <param name="Information">X'WX at the fit; φ times its inverse is the coefficients' covariance.</param>
    public sealed record Fit(double[] Coefficients, double Dispersion, double[,] Information)
    {
        public double Predict(double[] x)
        {
            double eta = 0;
            for (var j = 0; j < x.Length; j++)
                eta += Coefficients[j] * x[j];
            return Math.Exp(eta);
        }

        /// <summary>
        /// The dispersion of a new week's count including the fit's own uncertainty: Var(Y) ≈ φμ + μ² Var(η̂) with
        /// Var(η̂) = φ x'(X'WX)⁻¹x, so φ + μ·Var(η̂). Without it a short or trending history is trusted too much.
        /// </summary>
        public double PredictionDispersion(double[] x)
        {
            var v = Dot(x, Solve(Information, x));
            return Dispersion * (1 + Predict(x) * v);
        }
    }

    /// <param name="weights">Optional prior weights (0 drops a week, as Farrington does with past outbreaks).</param>
    public static Fit Estimate(IReadOnlyList<double[]> x, IReadOnlyList<double> y, IReadOnlyList<double>? weights = null, int maxIterations = 30)
    {
        var n = x.Count;
        var p = x[0].Length;
        var beta = new double[p];
        var total = 0.0;
        var totalWeight = 0.0;
        for (var i = 0; i < n; i++)
        {
            var w = weights?[i] ?? 1;
            total += w * y[i];
            totalWeight += w;
        }
        beta[0] = Math.Log(Math.Max(total / Math.Max(totalWeight, 1e-9), 1e-3));
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            // Normal equations of the weighted least squares on the working response z = η + (y − μ)/μ, weight μ.
            var a = new double[p, p];
            var b = new double[p];
            for (var i = 0; i < n; i++)
            {
                var eta = Dot(beta, x[i]);
                var mu = Math.Exp(eta);
                var w = (weights?[i] ?? 1) * mu;
                var z = eta + (y[i] - mu) / mu;
                for (var j = 0; j < p; j++)
                {
                    b[j] += w * x[i][j] * z;
                    for (var l = 0; l <= j; l++)
                        a[j, l] += w * x[i][j] * x[i][l];
                }
            }
            for (var j = 0; j < p; j++)
            {
                for (var l = 0; l < j; l++)
                    a[l, j] = a[j, l];
                if (j > 0)
                    a[j, j] += 1e-8 * (a[0, 0] + 1);
            }
            var next = Solve(a, b);
            var change = 0.0;
            for (var j = 0; j < p; j++)
                change = Math.Max(change, Math.Abs(next[j] - beta[j]));
            beta = next;
            if (change < 1e-10)
                break;
        }
        var information = new double[p, p];
        for (var i = 0; i < n; i++)
        {
            var w = (weights?[i] ?? 1) * Math.Exp(Dot(beta, x[i]));
            for (var j = 0; j < p; j++)
            {
                for (var l = 0; l < p; l++)
                    information[j, l] += w * x[i][j] * x[i][l];
            }
        }
        for (var j = 1; j < p; j++)
            information[j, j] += 1e-8 * (information[0, 0] + 1);
        double pearson = 0;
        var used = 0;
        for (var i = 0; i < n; i++)
        {
            if ((weights?[i] ?? 1) <= 0)
                continue;
            var mu = Math.Exp(Dot(beta, x[i]));
            pearson += (y[i] - mu) * (y[i] - mu) / mu;
            used++;
        }
        var dispersion = used > p ? Math.Max(1, pearson / (used - p)) : 1;
        return new Fit(beta, dispersion, information);
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (var j = 0; j < a.Length; j++)
            s += a[j] * b[j];
        return s;
    }

    /// <summary>Cholesky solve of the symmetric positive definite normal equations.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var p = b.Length;
        var l = new double[p, p];
        for (var j = 0; j < p; j++)
        {
            var d = a[j, j];
            for (var k = 0; k < j; k++)
                d -= l[j, k] * l[j, k];
            l[j, j] = Math.Sqrt(Math.Max(d, 1e-300));
            for (var i = j + 1; i < p; i++)
            {
                var s = a[i, j];
                for (var k = 0; k < j; k++)
                    s -= l[i, k] * l[j, k];
                l[i, j] = s / l[j, j];
            }
        }
        var z = new double[p];
        for (var i = 0; i < p; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
                s -= l[i, k] * z[k];
            z[i] = s / l[i, i];
        }
        var x = new double[p];
        for (var i = p - 1; i >= 0; i--)
        {
            var s = z[i];
            for (var k = i + 1; k < p; k++)
                s -= l[k, i] * x[k];
            x[i] = s / l[i, i];
        }
        return x;
    }
}
