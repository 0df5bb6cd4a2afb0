namespace Dashboard.Web.Audit;

/// <summary>One page of audit lines, newest first, and how many match the filter in all.</summary>
public sealed record AuditResults(int Total, int Page, int PageSize, IReadOnlyList<AccessEvent> Items);
