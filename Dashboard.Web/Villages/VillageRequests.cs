namespace Dashboard.Web.Villages;

/// <summary>A new Pimpasa for a village, from a date (today when left out).</summary>
public sealed record ReassignRequest(string? MentorUserId, DateOnly? From);
