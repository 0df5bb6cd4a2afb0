namespace Dashboard.Geo.Villages;

/// <summary>An assisted village as registered (form, API or one import row): the official code and what only the office knows.</summary>
public sealed record VillageDraft(
    string? VillageCode, double? Longitude, double? Latitude, DateOnly? LaunchedOn, string? DecreeNumber,
    string? MentorUserId, string? MentorName);
