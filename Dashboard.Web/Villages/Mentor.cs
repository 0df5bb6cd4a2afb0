namespace Dashboard.Web.Villages;

/// <summary>An account that can mentor a village (a Pimpasa): its id and how it is shown.</summary>
public sealed record Mentor(string UserId, string DisplayName, string UserName);
