namespace Dashboard.Geo.Disclosure;

/// <summary>
/// Which figures of a table to hide. Primary: every count from 1 to k − 1 (a zero names no one and stays visible).
/// Secondary (complementary): in every total-and-parts relation, a hidden figure must not follow from the visible
/// ones. A relation whose total is visible needs no hidden part, or at least two whose sum is at least k (so the
/// difference total − visible parts is neither one hidden figure nor a small count); a relation whose total is hidden
/// needs at least one hidden part. Where more must be hidden, the smallest visible positive figure goes, ties broken
/// by its key (a name), never by anything the reader cannot see. Repeated until every relation holds.
/// </summary>
public static class Suppression
{
    public static HashSet<string> Hide(IReadOnlyDictionary<string, long> values, IEnumerable<Relation> relations, int k,
        IEnumerable<string>? alsoHidden = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var hidden = new HashSet<string>(values.Where(v => v.Value > 0 && v.Value < k).Select(v => v.Key), StringComparer.Ordinal);
        foreach (var key in alsoHidden ?? [])
            if (values.ContainsKey(key))
                hidden.Add(key);
        var known = relations
            .Select(r => new Relation(r.Total, [.. r.Parts.Where(values.ContainsKey)]))
            .Where(r => values.ContainsKey(r.Total) && r.Parts.Count > 0)
            .ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var relation in known)
            {
                if (Holds(relation, values, hidden, k))
                    continue;
                var candidate = Candidate(relation, values, hidden);
                if (candidate is null)
                    continue;
                hidden.Add(candidate);
                changed = true;
            }
        }
        while (changed);
        return hidden;
    }

    private static bool Holds(Relation r, IReadOnlyDictionary<string, long> values, HashSet<string> hidden, int k)
    {
        var hiddenParts = r.Parts.Where(hidden.Contains).ToList();
        if (hidden.Contains(r.Total))
            return hiddenParts.Count >= 1;
        return hiddenParts.Count == 0 || (hiddenParts.Count >= 2 && hiddenParts.Sum(p => values[p]) >= k);
    }

    /// <summary>The smallest visible positive part, ties by key; else the total; else a visible zero part.</summary>
    private static string? Candidate(Relation r, IReadOnlyDictionary<string, long> values, HashSet<string> hidden)
    {
        var visibleParts = r.Parts.Where(p => !hidden.Contains(p)).ToList();
        var pick = visibleParts.Where(p => values[p] > 0)
            .OrderBy(p => values[p]).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        if (pick is not null)
            return pick;
        // Nothing positive left to hide beside them: the total goes, even a zero, which would say every hidden part is zero.
        if (!hidden.Contains(r.Total))
            return r.Total;
        return visibleParts.OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
    }
}
