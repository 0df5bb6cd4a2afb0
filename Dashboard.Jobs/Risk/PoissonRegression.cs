namespace Dashboard.Jobs.Risk;

/// <summary>
/// Poisson regression with a log link, fitted by iteratively reweighted least squares, with a light ridge penalty on
/// the slopes (not the intercept) so that collinear features (densities of the same cases at two bandwidths) stay
/// finite. Columns are standardised for the fit and the coefficients returned on the original scale.
/// </summary>
public static class PoissonRegression
{
    /// <summary>The fitted intercept and slopes (one per column of <paramref name="x"/>), and the iterations taken.</summary>
    public sealed record Fit(double Intercept, double[] Slopes, int Iterations, bool Converged)
    {
        public double Predict(ReadOnlySpan<double> features)
        {
            var eta = Intercept;
            for (var j = 0; j < Slopes.Length; j++)
                eta += Slopes[j] * features[j];
            return Math.Exp(Math.Min(eta, MaxEta));
        }
    }

    private const double MaxEta = 30;

    /// <summary>
    /// The fit with every slope at zero or above: a term whose fitted effect is negative is dropped (its slope set to
    /// zero) and the rest refitted, one at a time, the most negative first. For risk, where more past cases, reports
    /// or routes must never lower a cell below one that has none, a negative slope from collinear terms would.
    /// </summary>
    public static Fit EstimateNonNegative(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double ridge = 1.0, IReadOnlyList<double>? weights = null)
    {
        var p = x[0].Length;
        var active = Enumerable.Range(0, p).ToList();
        while (true)
        {
            var fit = Estimate([.. x.Select(row => active.Select(j => row[j]).ToArray())], y, ridge, weights: weights);
            var worst = Enumerable.Range(0, active.Count).Where(k => fit.Slopes[k] < 0).OrderBy(k => fit.Slopes[k]).FirstOrDefault(-1);
            if (worst < 0 || active.Count == 0)
            {
                var slopes = new double[p];
                for (var k = 0; k < active.Count; k++)
                    slopes[active[k]] = fit.Slopes[k];
                return fit with { Slopes = slopes };
            }
            active.RemoveAt(worst);
            if (active.Count == 0)
                return Estimate([.. x.Select(_ => Array.Empty<double>())], y, ridge, weights: weights) with { Slopes = new double[p] };
        }
    }

    /// <param name="x">Rows of features, all the same length.</param>
    /// <param name="y">Counts, one per row.</param>
    /// <param name="ridge">Penalty on the slopes (ridge/2 · Σβ², on the features' own scale).</param>
    /// <param name="weights">How many identical observations each row stands for, its count being their total (1 each by default).</param>
    public static Fit Estimate(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double ridge = 1.0, int maxIterations = 100, double tolerance = 1e-7,
        IReadOnlyList<double>? weights = null)
    {
        var n = x.Count;
        if (n == 0 || n != y.Count || (weights is not null && weights.Count != n))
            throw new ArgumentException("One count (and weight) per row, and at least one row.", nameof(y));
        double W(int i) => weights?[i] ?? 1;
        var totalWeight = weights?.Sum() ?? n;
        var p = x[0].Length;
        var (mean, scale) = (new double[p], new double[p]);
        for (var j = 0; j < p; j++)
        {
            double s = 0, s2 = 0;
            for (var i = 0; i < n; i++) { s += W(i) * x[i][j]; s2 += W(i) * x[i][j] * x[i][j]; }
            mean[j] = s / totalWeight;
            var variance = s2 / totalWeight - mean[j] * mean[j];
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }
        // The penalty on a raw slope b is ridge·b²/2; on the standardised slope β = b·scale it is ridge/scale²·β²/2.
        var penalty = new double[p + 1];
        for (var j = 0; j < p; j++)
            penalty[j + 1] = ridge / (scale[j] * scale[j]);
        var beta = new double[p + 1];
        beta[0] = Math.Log(Math.Max(y.Sum() / totalWeight, 1e-9));
        var z = new double[p + 1];
        var objective = Objective(beta);
        var converged = false;
        var iteration = 0;
        while (iteration < maxIterations && !converged)
        {
            iteration++;
            var a = new double[p + 1, p + 1];
            var b = new double[p + 1];
            for (var i = 0; i < n; i++)
            {
                Standardise(i);
                var eta = Eta();
                // A row of m observations: expected total mμ. Working weight of the log link mμ, working residual
                // (y − mμ)/(mμ), so weight·(η + residual) = mμη + y − mμ.
                var mu = W(i) * Math.Exp(Math.Min(eta, MaxEta));
                var target = mu * eta + y[i] - mu;
                for (var j = 0; j <= p; j++)
                {
                    b[j] += z[j] * target;
                    for (var k = j; k <= p; k++)
                        a[j, k] += mu * z[j] * z[k];
                }
            }
            for (var j = 1; j <= p; j++)
                a[j, j] += penalty[j];
            for (var j = 0; j <= p; j++)
                for (var k = 0; k < j; k++)
                    a[j, k] = a[k, j];
            var proposal = Solve(a, b);
            // Step halving: a full Newton step can overshoot where counts are sparse; never accept a worse fit.
            var step = 1.0;
            double[] next;
            double nextObjective;
            while (true)
            {
                next = [.. beta.Select((v, j) => v + step * (proposal[j] - v))];
                nextObjective = Objective(next);
                if (nextObjective <= objective + 1e-12 || step < 1e-6)
                    break;
                step /= 2;
            }
            var change = 0.0;
            for (var j = 0; j <= p; j++)
                change = Math.Max(change, Math.Abs(next[j] - beta[j]));
            beta = next;
            converged = change < tolerance || Math.Abs(objective - nextObjective) < tolerance * (1 + Math.Abs(objective));
            objective = nextObjective;
        }
        var slopes = new double[p];
        var intercept = beta[0];
        for (var j = 0; j < p; j++)
        {
            slopes[j] = beta[j + 1] / scale[j];
            intercept -= slopes[j] * mean[j];
        }
        return new Fit(intercept, slopes, iteration, converged);

        void Standardise(int i)
        {
            z[0] = 1;
            for (var j = 0; j < p; j++)
                z[j + 1] = (x[i][j] - mean[j]) / scale[j];
        }

        double Eta()
        {
            var eta = 0.0;
            for (var j = 0; j <= p; j++)
                eta += beta[j] * z[j];
            return eta;
        }

        // The penalised negative log-likelihood, up to a constant: Σ(μ − yη) + Σ penalty·β²/2.
        double Objective(double[] coefficients)
        {
            var total = 0.0;
            for (var i = 0; i < n; i++)
            {
                var eta = coefficients[0];
                for (var j = 0; j < p; j++)
                    eta += coefficients[j + 1] * (x[i][j] - mean[j]) / scale[j];
                eta = Math.Min(eta, MaxEta);
                total += W(i) * Math.Exp(eta) - y[i] * eta;
            }
            for (var j = 1; j <= p; j++)
                total += penalty[j] * coefficients[j] * coefficients[j] / 2;
            return total;
        }
    }

    /// <summary>Cholesky solve of a symmetric positive-definite system (the penalised information matrix is one).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                    sum -= l[i, k] * l[j, k];
                if (i == j)
                    l[i, i] = Math.Sqrt(Math.Max(sum, 1e-12));
                else
                    l[i, j] = sum / l[j, j];
            }
        }
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
                sum -= l[i, k] * y[k];
            y[i] = sum / l[i, i];
        }
        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
                sum -= l[k, i] * x[k];
            x[i] = sum / l[i, i];
        }
        return x;
    }
}
