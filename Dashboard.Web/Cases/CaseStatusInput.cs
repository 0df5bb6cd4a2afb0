namespace Dashboard.Web.Cases;

public sealed record CaseStatusInput(string? Status, string? Reason);
