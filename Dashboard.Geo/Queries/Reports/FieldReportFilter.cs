using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Offices;

namespace Dashboard.Geo.Queries.Reports;

/// <summary>
/// Which field reports to list: received in the last <see cref="Days"/> days, of some kinds, inside a working area (null:
/// the nation), and, when <see cref="SubmittedBy"/> is set, only those that account filed.
/// </summary>
public sealed record FieldReportFilter(int Days, IReadOnlyCollection<ReportKind> Kinds, WorkingArea? Area, string? SubmittedBy = null)
{
    public static readonly int[] DayChoices = [1, 7, 30, 90];
}
