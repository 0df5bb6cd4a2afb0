namespace Dashboard.Geo.Disclosure;

/// <summary>
/// Every figure of one ISO year that readers of aggregates may see: each area of the <see cref="AreaTree"/> × each
/// ended calendar period of the year (weeks, quarters, the year) × each <see cref="Measure"/>. Suppression is decided
/// once over the whole cube, with a relation for each parent area and its children in every period and for each
/// quarter and its weeks and the year and its quarters in every area, so that whichever page, API or export asks, and
/// in whatever order, the same figure is hidden and no hidden figure follows from visible ones.
/// </summary>
public sealed class DisclosureCube
{
    private readonly Dictionary<Measure, Dictionary<string, long>> _values = [];
    private readonly Dictionary<Measure, HashSet<string>> _hidden = [];
    private readonly HashSet<string> _periods;

    private DisclosureCube(int k, HashSet<string> periods) => (K, _periods) = (k, periods);

    public int K { get; }

    /// <param name="within">
    /// The cube published at a lower k over the same figures (the page's, for a partner export at a higher k): all it
    /// hides stays hidden, so putting the two publications side by side gives nothing that either withholds.
    /// </param>
    public static DisclosureCube Build(AreaTree areas, IReadOnlyList<CalendarPeriod> periods, IEnumerable<UnitWeek> counts, int k,
        DisclosureCube? within = null)
    {
        var cube = new DisclosureCube(k, [.. periods.Select(p => p.Key)]);
        var weekKeys = periods.Where(p => p.Granularity == CalendarGranularity.Week).ToDictionary(p => p.From, p => p.Key);
        var owners = periods.ToDictionary(p => p.Key, p => periods.Where(o => o.Granularity > p.Granularity && o.From <= p.From && o.To >= p.To).Select(o => o.Key).ToList());
        var rows = counts.ToList();
        var relations = Relations(areas, periods).ToList();
        foreach (var measure in Enum.GetValues<Measure>())
        {
            var values = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var area in areas.All)
                foreach (var period in periods)
                    values[Key(area, period.Key)] = 0;
            foreach (var row in rows)
            {
                if (!weekKeys.TryGetValue(row.WeekStart, out var week))
                    continue;
                foreach (var area in areas.Ancestry(row.Regency))
                    foreach (var period in owners[week].Prepend(week))
                        values[Key(area, period)] += row.Count(measure);
            }
            cube._values[measure] = values;
        }
        // People first: a unit whose case count is hidden has its victims and minors hidden with it.
        IEnumerable<string> Floor(Measure m) => within?._hidden.GetValueOrDefault(m) ?? [];
        var cases = Suppression.Hide(cube._values[Measure.Cases], relations, k, Floor(Measure.Cases));
        cube._hidden[Measure.Cases] = cases;
        foreach (var measure in new[] { Measure.Victims, Measure.Minors })
            cube._hidden[measure] = Suppression.Hide(cube._values[measure], relations, k, cases.Concat(Floor(measure)));
        foreach (var measure in new[] { Measure.Reports, Measure.Offloadings })
            cube._hidden[measure] = Suppression.Hide(cube._values[measure], relations, k, Floor(measure));
        return cube;
    }

    public bool Publishes(CalendarPeriod period) => _periods.Contains(period.Key);

    /// <summary>The figure of an area in a period; null when the period is not in this cube (not ended, or another year).</summary>
    public Figure? Get(string area, CalendarPeriod period, Measure measure)
    {
        var key = Key(area, period.Key);
        if (!_values[measure].TryGetValue(key, out var value))
            return null;
        return new Figure(_hidden[measure].Contains(key) ? null : value, K);
    }

    private static IEnumerable<Relation> Relations(AreaTree areas, IReadOnlyList<CalendarPeriod> periods)
    {
        foreach (var period in periods)
            foreach (var relation in areas.Relations(area => Key(area, period.Key)))
                yield return relation;
        foreach (var parent in periods.Where(p => p.Granularity != CalendarGranularity.Week))
        {
            var children = periods.Where(c => c.Granularity == parent.Granularity - 1 && c.From >= parent.From && c.To <= parent.To).ToList();
            if (children.Count == 0)
                continue;
            foreach (var area in areas.All)
                yield return new Relation(Key(area, parent.Key), [.. children.Select(c => Key(area, c.Key))]);
        }
    }

    private static string Key(string area, string period) => area + "|" + period;
}
