namespace Dashboard.Geo.Villages;

/// <summary>An outreach session as logged (a phone, the API or one import row).</summary>
public sealed record SessionDraft(
    DateOnly? HeldOn, string? Topic, string? TopicOther, IReadOnlyList<string>? Partners,
    int? Women, int? Men, int? Youth, int? ProspectiveMigrants, string? Note);
