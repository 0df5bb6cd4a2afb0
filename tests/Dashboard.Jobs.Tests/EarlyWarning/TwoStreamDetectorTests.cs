using Dashboard.Jobs.EarlyWarning;

namespace Dashboard.Jobs.Tests.EarlyWarning;

public sealed class TwoStreamDetectorTests
{
    private const int WeekCount = 208;
    private static readonly List<DateOnly> Weeks = [.. Enumerable.Range(0, WeekCount).Select(i => new DateOnly(2022, 1, 3).AddDays(7 * i))];
    private static readonly EarlyWarningOptions Options = new() { Baseline = EarlyWarningOptions.SeasonalBaseline };

    [Fact]
    public void AModerateRiseInBoth_IsSeenSoonerOnTheCombinedChart_ThanOnTheCaseChart()
    {
        // Cases 3 a week and weighted reports 4 a week from week 60; from week 180 both rise 1.4-fold. Over 20 worlds the
        // combined chart's median delay is shorter than the case chart's.
        var combinedDetector = new TwoStreamDetector(Options);
        var caseDetector = new EarlyWarningDetector(Options);
        var combinedDelays = new List<int>();
        var caseDelays = new List<int>();
        EarlyWarningBreach? example = null;
        double[]? exampleReports = null;
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var cases = Enumerable.Range(0, WeekCount).Select(t => CusumThresholds.Poisson(random, t >= 180 ? 4.2 : 3)).ToArray();
            var reports = Enumerable.Range(0, WeekCount).Select(t => t < 60 ? 0.0 : CusumThresholds.Poisson(random, t >= 180 ? 5.6 : 4)).ToArray();
            var area = new AreaSeries("32", "Jawa Barat", cases);

            var combined = combinedDetector.Detect(Weeks, [area], new Dictionary<string, double[]> { ["32"] = reports }).FirstOrDefault(b => b.Week >= Weeks[180]);
            var alone = caseDetector.Detect(Weeks, [area], "cases").FirstOrDefault(b => b.Week >= Weeks[180]);
            combinedDelays.Add(combined is null ? WeekCount - 180 : Weeks.IndexOf(combined.Week) - 180);
            caseDelays.Add(alone is null ? WeekCount - 180 : Weeks.IndexOf(alone.Week) - 180);
            if (combined is not null)
                (example, exampleReports) = (combined, reports);
        }

        var (combinedMedian, caseMedian) = (Median(combinedDelays), Median(caseDelays));
        Assert.True(combinedMedian < caseMedian, $"median delay: combined {combinedMedian} weeks, cases alone {caseMedian}");
        Assert.NotNull(example);
        Assert.Equal(TwoStreamDetector.Stream, example.Stream);
        Assert.Equal(example.Observed, example.EvidenceCounts[^1]);
        Assert.Equal(exampleReports![Weeks.IndexOf(example.Week)], example.EvidenceReports![^1]);
        Assert.Equal(example.EvidenceCounts.Count, example.EvidenceReportBaseline!.Count);
        Assert.True(example.Statistic >= example.Threshold);
    }

    [Fact]
    public void TheStartOfReporting_IsNotASurge_AndInControlAlarmsStayNearTheTargetRate()
    {
        // Steady cases; reporting starts at week 100 with 5 weighted reports a week and never changes. Over 20 worlds,
        // nothing is charted before the reports' warm-up, and the false alarms are near one per 165 charted weeks.
        var detector = new TwoStreamDetector(Options);
        var alarms = 0;
        var charted = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(100 + seed);
            var cases = Enumerable.Range(0, WeekCount).Select(_ => CusumThresholds.Poisson(random, 3)).ToArray();
            var reports = Enumerable.Range(0, WeekCount).Select(t => t < 100 ? 0.0 : CusumThresholds.Poisson(random, 5)).ToArray();

            var breaches = detector.Detect(Weeks, [new AreaSeries("32", "Jawa Barat", cases)], new Dictionary<string, double[]> { ["32"] = reports });

            Assert.DoesNotContain(breaches, b => b.Week < Weeks[100 + TwoStreamDetector.ReportWarmUpWeeks]);
            alarms += breaches.Count;
            charted += WeekCount - 100 - TwoStreamDetector.ReportWarmUpWeeks;
        }

        // Estimated baselines add some false alarms to the calibrated 1/165; twice that would be a broken chart.
        Assert.True(alarms <= 2.0 * charted / 165, $"{alarms} alarms in {charted} in-control weeks (target {charted / 165.0:0.0})");
    }

    [Fact]
    public void AnAreaWithoutReports_HasNoCombinedChart()
    {
        var cases = Enumerable.Range(0, WeekCount).Select(t => t >= 150 ? 20 : 3).ToArray();

        var breaches = new TwoStreamDetector(Options).Detect(Weeks, [new AreaSeries("32", "Jawa Barat", cases)], new Dictionary<string, double[]>());

        Assert.Empty(breaches);
    }

    [Fact]
    public void ReportsOfPooledProvinces_AreSummedIntoTheirIslandGroup()
    {
        // Two quiet Kalimantan provinces are charted as their island group; a surge of reports in one of them shows there.
        var quiet = Enumerable.Range(0, WeekCount).Select(t => t % 3 == 2 ? 0 : 1).ToArray();
        var reports = Enumerable.Range(0, WeekCount).Select(t => t < 40 ? 0.0 : t >= 190 ? 12.0 : 2 + t % 2).ToArray();

        var breaches = new TwoStreamDetector(Options).Detect(Weeks,
            [new AreaSeries("62", "Kalimantan Tengah", quiet), new AreaSeries("64", "Kalimantan Timur", quiet)],
            new Dictionary<string, double[]> { ["64"] = reports });

        Assert.DoesNotContain(breaches, b => b.AreaCode != "G-KALIMANTAN");
        var surge = breaches.First(b => b.Week >= Weeks[190]);
        Assert.Equal("G-KALIMANTAN", surge.AreaCode);
        Assert.Equal(12.0, surge.EvidenceReports![^1]);
    }

    private static double Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2.0;
    }
}
