using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Jobs.Tests.EarlyWarning;

public sealed class EarlyWarningDetectorTests
{
    [Theory]
    [InlineData("2026-11-22", "2026-11-16")] // Sunday → the Monday before
    [InlineData("2026-11-16", "2026-11-16")] // Monday → itself
    [InlineData("2023-06-01", "2023-05-29")]
    public void Weeks_StartOnMonday(string date, string monday) =>
        Assert.Equal(DateOnly.Parse(monday), Weeks.StartOf(DateOnly.Parse(date)));

    [Fact]
    public void SeasonalBaseline_AveragesTheSameWeeksOfEarlierYears()
    {
        // 2 a week, but 10 in week 10 of every year. Week 166 (= 3·52 + 10) looks back at weeks 10 ± 2 of three years:
        // (2 + 2 + 10 + 2 + 2) · 3 / 15 = 3.6. Week 114 has two years, so the window widens to ±4: (8·2 + 10) · 2 / 18.
        var counts = Enumerable.Range(0, 170).Select(i => i % 52 == 10 ? 10 : 2).ToArray();

        var baseline = SeasonalBaseline.Compute(counts);

        Assert.Equal(3.6, baseline[166], 12);
        Assert.Equal(52.0 / 18, baseline[114], 12);
        Assert.Equal(2.0, baseline[40], 12); // under a year: the trailing 26 weeks (14–39), all 2s
        Assert.True(double.IsNaN(baseline[0]));
    }

    [Fact]
    public void Threshold_IsTheSmallestWithTheTargetRunLength()
    {
        var h = CusumThresholds.Find(2, 1.5, 165);

        Assert.True(CusumThresholds.AverageRunLength(2, 1.5, h, 165, CusumThresholds.DefaultReplications, 4242) >= 165);
        Assert.True(CusumThresholds.AverageRunLength(2, 1.5, h - 0.25, 165, CusumThresholds.DefaultReplications, 4242) < 165);
    }

    [Fact]
    public void Detect_ATripledWeeklyCount_AlarmsWithinEightWeeks_AndRarelyBefore()
    {
        var random = new Random(5);
        var counts = Enumerable.Range(0, 208).Select(i => CusumThresholds.Poisson(random, i is >= 150 and < 158 ? 15 : 5)).ToArray();
        var weeks = Enumerable.Range(0, 208).Select(i => new DateOnly(2021, 1, 4).AddDays(7 * i)).ToList();
        var detector = new EarlyWarningDetector(new EarlyWarningOptions());

        var breaches = detector.Detect(weeks, [new AreaSeries("32", "Jawa Barat", counts)], "cases");

        Assert.Contains(breaches, b => b.Week >= weeks[150] && b.Week < weeks[158]);
        Assert.True(breaches.Count(b => b.Week < weeks[150]) <= 1, "at most one false alarm in the ~2 in-control years");
        var first = breaches.First(b => b.Week >= weeks[150]);
        Assert.Equal("32", first.AreaCode);
        Assert.True(first.Statistic >= first.Threshold);
        Assert.Equal(first.Observed, first.EvidenceCounts[^1]);
        Assert.Equal(first.Week, first.EvidenceWeeks[^1]);
    }

    [Fact]
    public void Pool_SparseProvinces_JoinTheirIslandGroup()
    {
        var detector = new EarlyWarningDetector(new EarlyWarningOptions());
        var busy = new AreaSeries("32", "Jawa Barat", Enumerable.Repeat(6, 60).ToArray());
        var quietA = new AreaSeries("62", "Kalimantan Tengah", Enumerable.Repeat(0, 30).Concat(Enumerable.Repeat(1, 30)).ToArray());
        var quietB = new AreaSeries("64", "Kalimantan Timur", Enumerable.Range(0, 60).Select(i => i % 2).ToArray());

        var areas = detector.Pool([busy, quietA, quietB], 60);

        Assert.Equal(["32", "G-KALIMANTAN"], areas.Select(a => a.Code));
        Assert.Equal(2, areas[1].Counts[59]);
    }
}
