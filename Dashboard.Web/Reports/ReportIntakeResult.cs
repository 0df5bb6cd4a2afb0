using Dashboard.Geo.Reports;

namespace Dashboard.Web.Reports;

/// <summary>
/// Either every report was stored (or recognised as already stored), or none was and the errors say why; Conflict when
/// the reason is an idempotency key already used for a report with other content.
/// </summary>
public sealed record ReportIntakeResult(IReadOnlyList<ReportStored> Stored, IReadOnlyDictionary<string, string[]> Errors, bool Conflict = false)
{
    public bool Accepted => Errors.Count == 0;
}
