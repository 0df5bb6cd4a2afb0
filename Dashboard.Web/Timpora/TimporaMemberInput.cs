namespace Dashboard.Web.Timpora;

/// <summary>An administrator's assignment: which account sits in which TIMPORA, for which agency.</summary>
public sealed record TimporaMemberInput(string? UserName, string? Agency, string? AreaCode);
