namespace Dashboard.Jobs.Risk;

/// <summary>
/// Getis–Ord Gi* of the score over neighbours within the hot-spot distance, one-sided p-values, and
/// Benjamini–Hochberg across all cells so "hot spot" keeps its meaning however large the grid.
/// </summary>
internal static class HotSpotStage
{
    public static void Compute(RiskOptions options, RiskGridIndex index, RiskResult result)
    {
        var grid = index.Grid;
        var reach = options.HotSpotDistanceKm * 1000;
        var rings = (int)Math.Ceiling(reach / grid.CentreSpacingMetres);
        var offsets = HexRings.Offsets(rings)
            .Where(o => grid.CentreSpacingMetres * Math.Sqrt(o.Dq * o.Dq + o.Dq * o.Dr + o.Dr * o.Dr) <= reach + 1e-6)
            .ToArray();
        IEnumerable<int> Neighbours(int i)
        {
            foreach (var (dq, dr) in offsets)
            {
                var j = index.IndexOf(index.Q[i] + dq, index.R[i] + dr);
                if (j >= 0)
                    yield return j;
            }
        }

        var z = GetisOrdGiStar.ZScores(result.Score, Neighbours);
        Array.Copy(z, result.GiZ, z.Length);
        var significant = FalseDiscoveryRate.Significant(z.Select(FalseDiscoveryRate.UpperTailP).ToArray(), options.HotSpotFalseDiscoveryRate);
        for (var i = 0; i < significant.Length; i++)
            result.IsHotSpot[i] = significant[i] && z[i] > 0;
    }
}
