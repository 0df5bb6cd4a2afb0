using Dashboard.Geo.Disclosure;

namespace Dashboard.Geo.Tests.Disclosure;

/// <summary>
/// What a reader can work out from published figures and the sums that tie them: any relation with a single unknown
/// member gives it away, again and again as more become known. Also flags a relation whose visible total minus its
/// visible parts is a small positive number (several hidden parts that together are under k).
/// </summary>
internal static class Attacker
{
    public static Dictionary<string, long> Derive(IReadOnlyDictionary<string, long?> published, IEnumerable<Relation> relations)
    {
        var known = published.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value);
        var list = relations.ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var r in list)
            {
                var unknown = r.Parts.Append(r.Total).Where(m => !known.ContainsKey(m)).ToList();
                if (unknown.Count != 1)
                    continue;
                var u = unknown[0];
                known[u] = u == r.Total ? r.Parts.Sum(p => known[p]) : known[r.Total] - r.Parts.Where(p => p != u).Sum(p => known[p]);
                changed = true;
            }
        }
        while (changed);
        return known.Where(k => published[k.Key] is null).ToDictionary(k => k.Key, k => k.Value);
    }

    /// <summary>Relations whose hidden parts add up, by difference, to a count from 1 to k − 1.</summary>
    public static IEnumerable<Relation> SmallDifferences(IReadOnlyDictionary<string, long?> published, IEnumerable<Relation> relations, int k) =>
        relations.Where(r => published[r.Total] is { } total && r.Parts.Any(p => published[p] is null)
            && total - r.Parts.Sum(p => published[p] ?? 0) is > 0 and var d && d < k);
}
