namespace Dashboard.Jobs.Patrols;

/// <summary>A plan kept by the search: node numbers in visiting order, the true risk covered and the budget spent.</summary>
internal sealed record PooledPlan(int[] Nodes, double Risk, double Cost)
{
    /// <summary>Shared stops as a fraction of the smaller plan, so a plan inside another counts as the same.</summary>
    public double Overlap(PooledPlan other, bool[] scratch)
    {
        foreach (var node in Nodes)
            scratch[node] = true;
        var shared = 0;
        foreach (var node in other.Nodes)
        {
            if (scratch[node])
                shared++;
        }
        foreach (var node in Nodes)
            scratch[node] = false;
        return (double)shared / Math.Min(Nodes.Length, other.Nodes.Length);
    }
}
