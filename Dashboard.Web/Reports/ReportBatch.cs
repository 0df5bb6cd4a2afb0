namespace Dashboard.Web.Reports;

/// <summary>Many reports in one request, e.g. a checkpoint's offline queue.</summary>
public sealed record ReportBatch(IReadOnlyList<ReportSubmission>? Reports);
