using Dashboard.Web.Reports;

namespace Dashboard.Web.Patrols;

/// <summary>How a patrol went: done or cancelled, what happened, and what it found, each finding a field report.</summary>
public sealed record PatrolOutcomeRequest(string? Status, string? Outcome, IReadOnlyList<ReportSubmission>? Findings);
