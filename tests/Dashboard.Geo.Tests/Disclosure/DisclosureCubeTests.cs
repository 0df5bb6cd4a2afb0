using Dashboard.Geo.Disclosure;

namespace Dashboard.Geo.Tests.Disclosure;

/// <summary>The attacks on a year of published figures: each must learn nothing it was not shown.</summary>
public sealed class DisclosureCubeTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static readonly AreaTree Areas = new(["61", "33"], new Dictionary<string, string>
    {
        ["61.01"] = "61", ["61.02"] = "61", ["61.03"] = "61", ["33.01"] = "33", ["33.02"] = "33",
    });

    private static DateOnly Week(int week) => new CalendarPeriod(CalendarGranularity.Week, 2026, week).From;

    private static List<UnitWeek> World()
    {
        var rows = new List<UnitWeek>();
        // Sanggau is busy every week; Bengkayang has a single case in week 47 with 4 victims, 1 a minor.
        for (var w = 27; w <= 48; w++)
            rows.Add(new UnitWeek("61.01", Week(w), 6 + w % 3, 12 + w % 3, 0, 9, 2));
        rows.Add(new UnitWeek("61.02", Week(47), 1, 4, 1, 0, 0));
        rows.Add(new UnitWeek("61.03", Week(46), 2, 2, 0, 1, 0));
        for (var w = 40; w <= 48; w++)
            rows.Add(new UnitWeek("33.01", Week(w), 7, 9, 1, 3, 1));
        rows.Add(new UnitWeek("33.02", Week(44), 3, 3, 3, 0, 0));
        return rows;
    }

    private static (DisclosureCube Cube, IReadOnlyList<CalendarPeriod> Periods) Build(int k = 5)
    {
        var periods = DisclosureCalendar.EndedIn(2026, Today);
        return (DisclosureCube.Build(Areas, periods, World(), k), periods);
    }

    /// <summary>Every relation the cube's figures obey, rebuilt here as the attacker would: areas in each period, periods in each area.</summary>
    private static List<Relation> Relations(IReadOnlyList<CalendarPeriod> periods)
    {
        var relations = new List<Relation>();
        foreach (var p in periods)
            relations.AddRange(Areas.Relations(a => $"{a}|{p.Key}"));
        foreach (var q in periods.Where(p => p.Granularity == CalendarGranularity.Quarter))
            foreach (var a in Areas.All)
                relations.Add(new Relation($"{a}|{q.Key}", [.. q.Weeks().Select(w => $"{a}|{w.Key}")]));
        return relations;
    }

    private static Dictionary<string, long?> Published(DisclosureCube cube, IReadOnlyList<CalendarPeriod> periods, Measure measure) =>
        (from a in Areas.All from p in periods select (Key: $"{a}|{p.Key}", Figure: cube.Get(a, p, measure)!.Value))
            .ToDictionary(x => x.Key, x => x.Figure.Value);

    [Fact]
    public void ASmallRegencyWeek_IsHidden_WithItsVictimsAndMinors()
    {
        var (cube, _) = Build();
        var week47 = new CalendarPeriod(CalendarGranularity.Week, 2026, 47);

        Assert.True(cube.Get("61.02", week47, Measure.Cases)!.Value.Hidden);
        Assert.True(cube.Get("61.02", week47, Measure.Victims)!.Value.Hidden);
        Assert.True(cube.Get("61.02", week47, Measure.Minors)!.Value.Hidden);
        Assert.Equal("<5", cube.Get("61.02", week47, Measure.Cases)!.Value.Text);
    }

    [Theory]
    [InlineData(Measure.Cases)]
    [InlineData(Measure.Victims)]
    [InlineData(Measure.Minors)]
    [InlineData(Measure.Reports)]
    public void ProvinceMinusRegencies_ParentTrendMinusChildren_AndQuarterMinusWeeks_RevealNoHiddenFigure(Measure measure)
    {
        var (cube, periods) = Build();
        var published = Published(cube, periods, measure);
        var relations = Relations(periods);

        Assert.Contains(published, p => p.Value is null);
        Assert.Empty(Attacker.Derive(published, relations));
        Assert.Empty(Attacker.SmallDifferences(published, relations, 5));
    }

    [Fact]
    public void ParentTrendMinusChildren_TheProvincesWeekWithTheSingleCase_DoesNotGiveItAway()
    {
        var (cube, _) = Build();
        var week47 = new CalendarPeriod(CalendarGranularity.Week, 2026, 47);
        var province = cube.Get("61", week47, Measure.Cases)!.Value;
        var regencies = new[] { "61.01", "61.02", "61.03" }.Select(r => cube.Get(r, week47, Measure.Cases)!.Value).ToList();

        // Either the province's week is hidden, or at least two regencies are, holding k or more between them.
        Assert.True(province.Hidden || regencies.Count(r => r.Hidden) >= 2);
        if (province.Value is { } total)
            Assert.True(total - regencies.Sum(r => r.Value ?? 0) >= 5);
    }

    [Fact]
    public void TheSameFigure_IsTheSameWhicheverPathAsksForIt()
    {
        var (one, _) = Build();
        var (two, _) = Build();
        var q4 = new CalendarPeriod(CalendarGranularity.Quarter, 2026, 4);

        Assert.Equal(one.Get("61", q4, Measure.Cases), two.Get("61", q4, Measure.Cases));
        Assert.Null(one.Get("61", new CalendarPeriod(CalendarGranularity.Week, 2026, 49), Measure.Cases)); // not ended: not published
    }

    [Fact]
    public void AHigherK_HidesMore_AndSaysWhichKItUsed()
    {
        var (five, periods) = Build(5);
        var (eleven, _) = Build(11);
        var hiddenAt5 = Published(five, periods, Measure.Cases).Count(p => p.Value is null);
        var hiddenAt11 = Published(eleven, periods, Measure.Cases).Count(p => p.Value is null);

        Assert.True(hiddenAt11 > hiddenAt5);
        Assert.Equal(11, eleven.K);
        Assert.Empty(Attacker.Derive(Published(eleven, periods, Measure.Cases), Relations(periods)));
        Assert.Empty(Attacker.SmallDifferences(Published(eleven, periods, Measure.Cases), Relations(periods), 11));
    }

    [Fact]
    public void AnExportAtAHigherK_HidesEverythingThePageHides_SoSideBySideTheyRevealNothing()
    {
        var periods = DisclosureCalendar.EndedIn(2026, Today);
        var page = DisclosureCube.Build(Areas, periods, World(), 5);
        var export = DisclosureCube.Build(Areas, periods, World(), 11, within: page);
        var onPage = Published(page, periods, Measure.Cases);
        var inExport = Published(export, periods, Measure.Cases);

        Assert.All(onPage.Where(p => p.Value is null), p => Assert.Null(inExport[p.Key]));
        // What the attacker holds: every figure either publication shows.
        var both = onPage.ToDictionary(p => p.Key, p => p.Value ?? inExport[p.Key]);
        Assert.Empty(Attacker.Derive(both, Relations(periods)));
    }

    [Fact]
    public void OpenAlertsPerArea_ProvinceMinusRegencies_RevealsNothing()
    {
        var figures = AreaFigures.Hide(Areas, new Dictionary<string, long> { ["61.01"] = 9, ["61.02"] = 1, ["33.01"] = 6, ["33.02"] = 7 }, 5);
        var published = figures.ToDictionary(f => f.Key, f => f.Value.Value);

        Assert.True(figures["61.02"].Hidden);
        Assert.Empty(Attacker.Derive(published, Areas.Relations(a => a)));
    }
}
