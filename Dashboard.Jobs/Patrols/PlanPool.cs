namespace Dashboard.Jobs.Patrols;

/// <summary>
/// The distinct plans the search has passed through, one per set of stops (the cheapest order seen), ranked by the
/// true risk they cover. The suggestion is drawn from its near-best end and the alternatives are chosen from it.
/// </summary>
internal sealed class PlanPool
{
    // Enough to hold every near-best plan of a realistic instance; beyond it the weakest are dropped in bulk.
    private const int Capacity = 256;

    private readonly PatrolInstance _instance;
    private readonly ulong[] _keys;
    private readonly Dictionary<ulong, PooledPlan> _plans = [];

    public PlanPool(PatrolInstance instance)
    {
        _instance = instance;
        // Zobrist hashing: a set's key is the XOR of its members' keys, whatever their order. Fixed keys, not the
        // caller's Random, so that pooling never shifts the search's random sequence.
        _keys = new ulong[instance.Size];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < _keys.Length; i++)
            _keys[i] = SplitMix(ref state);
    }

    public int Count => _plans.Count;

    public void Offer(PatrolTour tour)
    {
        if (tour.Count == 0)
            return;
        ulong key = 0;
        double risk = 0;
        for (var p = 0; p < tour.Count; p++)
        {
            key ^= _keys[tour.Nodes[p]];
            risk += _instance.Risk[tour.Nodes[p]];
        }
        if (_plans.TryGetValue(key, out var known) && known.Cost <= tour.Cost)
            return;
        _plans[key] = new PooledPlan(tour.Nodes[..tour.Count], risk, tour.Cost);
        if (_plans.Count >= 2 * Capacity)
            Trim();
    }

    /// <summary>Every plan, best first: most risk, then least cost, then a fixed order so draws are reproducible.</summary>
    public List<PooledPlan> Ranked()
    {
        var ranked = new List<PooledPlan>(_plans.Values);
        ranked.Sort(Compare);
        return ranked;
    }

    private void Trim()
    {
        var ranked = Ranked();
        _plans.Clear();
        for (var r = 0; r < Capacity; r++)
            _plans[Key(ranked[r].Nodes)] = ranked[r];
    }

    private ulong Key(int[] nodes)
    {
        ulong key = 0;
        foreach (var node in nodes)
            key ^= _keys[node];
        return key;
    }

    private static int Compare(PooledPlan a, PooledPlan b)
    {
        var byRisk = b.Risk.CompareTo(a.Risk);
        if (byRisk != 0)
            return byRisk;
        var byCost = a.Cost.CompareTo(b.Cost);
        if (byCost != 0)
            return byCost;
        for (var i = 0; i < Math.Min(a.Nodes.Length, b.Nodes.Length); i++)
        {
            if (a.Nodes[i] != b.Nodes[i])
                return a.Nodes[i].CompareTo(b.Nodes[i]);
        }
        return a.Nodes.Length.CompareTo(b.Nodes.Length);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
