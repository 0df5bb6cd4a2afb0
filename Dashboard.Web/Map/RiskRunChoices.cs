using Dashboard.Geo.Queries.Risk;

namespace Dashboard.Web.Map;

/// <summary>
/// The runs worth offering in the picker: the model is deterministic, so runs with the same date, model and input
/// counts gave the same map; of each such stretch only the newest is listed (a run every hour on unchanged inputs
/// would otherwise fill the list with thirty identical maps).
/// </summary>
public static class RiskRunChoices
{
    public static IReadOnlyList<RiskRunSummary> Distinct(IEnumerable<RiskRunSummary> newestFirst, int count)
    {
        var chosen = new List<RiskRunSummary>();
        RiskRunSummary? previous = null;
        foreach (var run in newestFirst.Where(r => r.Status == "Succeeded"))
        {
            if (previous is null || !SameMap(previous, run))
                chosen.Add(run);
            previous = run;
            if (chosen.Count == count)
                break;
        }
        return chosen;
    }

    private static bool SameMap(RiskRunSummary a, RiskRunSummary b) =>
        a.AsOf == b.AsOf && a.ModelVersion == b.ModelVersion && a.CellCount == b.CellCount && a.HotSpotCount == b.HotSpotCount
        && a.InputCounts is not null && a.InputCounts == b.InputCounts;
}
