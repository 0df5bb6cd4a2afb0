using Dashboard.Geo.Domain.Reports;
using Dashboard.Web.Reports;
using Dashboard.Web.Demo;

namespace Dashboard.Web.Tests.Demo;

/// <summary>The demo feed's reports pass the same validation as an officer's, and look like a real day's mix.</summary>
public sealed class DemoReportsTests
{
    private static readonly DemoFeedPlaces Places = new(
        [new("ENT", 110.35, 1.03), new("BTM", 104.0, 1.15), new("NNK", 117.65, 4.13)],
        [new("6107012005", 110.1, 0.9), new("5303120001", 124.5, -9.3)],
        [new("17", 110.4, 1.05), new("42", 117.7, 4.2)],
        ["JERATAN_HUTANG", "PENIPUAN_KERJA"]);

    private static readonly ReportReferences References = new(
        Places.Modi.ToHashSet(),
        Places.Crossings.Select((c, i) => (c.Code, i + 1)).ToDictionary(x => x.Code, x => x.Item2),
        Places.Villages.Select((v, i) => (v.Code, i + 1)).ToDictionary(x => x.Code, x => x.Item2),
        new HashSet<int> { 17, 42 });

    [Fact]
    public void Next_MakesReportsTheIntakeAccepts_OfEveryKind_SomeCredibleEnoughToAlert()
    {
        var random = new Random(7);
        var now = DateTimeOffset.UtcNow;
        var errors = new Dictionary<string, string[]>();
        var reports = Enumerable.Range(0, 400)
            .Select(_ => ReportValidator.Validate(DemoReports.Next(Places, random, now), "", References, new ReportSender("demo", "Imigrasi", null), now, errors))
            .ToList();

        Assert.Empty(errors);
        Assert.All(reports, Assert.NotNull);
        var kinds = reports.GroupBy(r => r!.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enum.GetValues<ReportKind>().Order(), kinds.Keys.Order());
        Assert.True(kinds[ReportKind.CheckpointOffloading] > kinds[ReportKind.IntelligenceTip], "offloadings are the most common report");
        var sightings = reports.Where(r => r!.Kind == ReportKind.PatrolSighting).ToList();
        Assert.Contains(sightings, r => r!.SourceReliability == 'B' && r.InformationCredibility == 2);
        Assert.Contains(sightings, r => r!.SourceReliability == 'D');
        Assert.Equal(reports.Count, reports.Select(r => r!.IdempotencyKey).Distinct().Count());
    }
}
