namespace Dashboard.Geo.Disclosure;

/// <summary>A figure per area with no period (open alerts now), hidden by the same rules over the area tree alone.</summary>
public static class AreaFigures
{
    public static IReadOnlyDictionary<string, Figure> Hide(AreaTree areas, IReadOnlyDictionary<string, long> perRegency, int k)
    {
        var values = areas.All.ToDictionary(a => a, _ => 0L, StringComparer.Ordinal);
        foreach (var (regency, count) in perRegency)
            foreach (var area in areas.Ancestry(regency))
                values[area] += count;
        var hidden = Suppression.Hide(values, areas.Relations(a => a), k);
        return values.ToDictionary(v => v.Key, v => new Figure(hidden.Contains(v.Key) ? null : v.Value, k), StringComparer.Ordinal);
    }
}
