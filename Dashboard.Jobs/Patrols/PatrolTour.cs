namespace Dashboard.Jobs.Patrols;

/// <summary>
/// A mutable tour being searched: the stops' node numbers in order (the base is implied before and after), its cost
/// in the budget's unit and which nodes it visits. Arrays are sized once per instance so the search never allocates.
/// </summary>
internal sealed class PatrolTour
{
    private readonly PatrolInstance _instance;

    public PatrolTour(PatrolInstance instance)
    {
        _instance = instance;
        Nodes = new int[instance.Size];
        Visited = new bool[instance.Size];
    }

    public int[] Nodes { get; }

    public int Count { get; private set; }

    public double Cost { get; private set; }

    public bool[] Visited { get; }

    public double Score(double[] weight)
    {
        double score = 0;
        for (var p = 0; p < Count; p++)
            score += weight[Nodes[p]];
        return score;
    }

    /// <summary>Puts <paramref name="node"/> before position <paramref name="position"/> (Count appends it).</summary>
    public void Insert(int position, int node, double addedCost)
    {
        Array.Copy(Nodes, position, Nodes, position + 1, Count - position);
        Nodes[position] = node;
        Count++;
        Visited[node] = true;
        Cost += addedCost;
    }

    /// <summary>Drops the stops at positions [start, start + length) and closes the gap.</summary>
    public void RemoveRange(int start, int length)
    {
        for (var p = start; p < start + length; p++)
            Visited[Nodes[p]] = false;
        Array.Copy(Nodes, start + length, Nodes, start, Count - start - length);
        Count -= length;
        RecomputeCost();
    }

    public void CopyFrom(PatrolTour other)
    {
        for (var p = 0; p < Count; p++)
            Visited[Nodes[p]] = false;
        Array.Copy(other.Nodes, Nodes, other.Count);
        Count = other.Count;
        Cost = other.Cost;
        for (var p = 0; p < Count; p++)
            Visited[Nodes[p]] = true;
    }

    /// <summary>Sums the tour from scratch, so rounding from many small changes never piles up.</summary>
    public void RecomputeCost()
    {
        var cost = _instance.Cost;
        var size = _instance.Size;
        double total = 0;
        var previous = 0;
        for (var p = 0; p < Count; p++)
        {
            var node = Nodes[p];
            total += cost[previous * size + node] + _instance.NodeCost[node];
            previous = node;
        }
        Cost = total + cost[previous * size];
    }
}
