namespace Dashboard.Geo.Domain.Reports;

/// <summary>
/// How long each text of a field report may be and when it may have happened: the column lengths of geo.field_reports
/// and the checks on input use these same numbers, so a value over a limit is refused before the database.
/// </summary>
public static class FieldReportLimits
{
    public const int IdempotencyKey = 100;
    public const int Category = 100;
    public const int Text = 4000;
    public const int ReportingOfficer = 200;
    public const int Agency = 64;
    public const int SubmittedBy = 256;
    public const int Profile = 200;
    public const int SuspectedModusCode = 40;

    /// <summary>No report is about an event before this year; anything earlier is a typo (year 1, 1900 …).</summary>
    public const int EarliestYear = 2000;
}
