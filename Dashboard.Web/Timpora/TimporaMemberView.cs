namespace Dashboard.Web.Timpora;

/// <summary>A membership as the API and pages show it.</summary>
public sealed record TimporaMemberView(string UserName, string DisplayName, string Agency, TimporaLevel Level, string AreaCode,
    string AssignedBy, DateTimeOffset AssignedAt);
