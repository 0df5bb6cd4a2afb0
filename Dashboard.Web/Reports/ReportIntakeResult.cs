using Dashboard.Geo.Reports;

namespace Dashboard.Web.Reports;

/// <summary>Either every report was stored (or recognised as already stored), or none was and the errors say why.</summary>
public sealed record ReportIntakeResult(IReadOnlyList<ReportStored> Stored, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Accepted => Errors.Count == 0;
}
