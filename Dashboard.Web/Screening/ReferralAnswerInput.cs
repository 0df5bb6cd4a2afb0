namespace Dashboard.Web.Screening;

/// <summary>The receiving service's answer: accepted or declined, with a reason.</summary>
public sealed record ReferralAnswerInput(bool? Accept, string? Reason);
