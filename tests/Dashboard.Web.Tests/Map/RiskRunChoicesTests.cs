using Dashboard.Geo.Queries.Risk;
using Dashboard.Web.Map;

namespace Dashboard.Web.Tests.Map;

public sealed class RiskRunChoicesTests
{
    private static RiskRunSummary Run(int id, string inputs, string status = "Succeeded", int day = 1) =>
        new(id, DateTimeOffset.UnixEpoch.AddHours(id), DateTimeOffset.UnixEpoch.AddHours(id), status, "schedule", "ciram-1",
            new DateOnly(2026, 12, day), 1000, 12, inputs, null, null);

    [Fact]
    public void RunsOnUnchangedInputs_AreListedOnce_TheNewest_AndFailedRunsNotAtAll()
    {
        var newestFirst = new[]
        {
            Run(9, """{"cases":10,"reports":4}"""), Run(8, """{"cases":10,"reports":4}"""), Run(7, """{"cases":10,"reports":4}""", "Failed"),
            Run(6, """{"cases":10,"reports":3}"""), Run(5, """{"cases":10,"reports":3}"""), Run(4, """{"cases":10,"reports":3}""", day: 2),
        };

        var choices = RiskRunChoices.Distinct(newestFirst, 30);

        Assert.Equal([9, 6, 4], choices.Select(r => r.Id));
    }

    [Fact]
    public void TheListStopsAtItsLength()
    {
        var runs = Enumerable.Range(1, 50).Reverse().Select(i => Run(i, $$"""{"cases":{{i}}}"""));

        Assert.Equal(30, RiskRunChoices.Distinct(runs, 30).Count);
    }
}
