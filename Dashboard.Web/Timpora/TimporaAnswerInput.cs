namespace Dashboard.Web.Timpora;

/// <summary>The other side's answer to a warning or request.</summary>
public sealed record TimporaAnswerInput(string? Answer);
