namespace Dashboard.Geo.Gazetteer;

/// <summary>One line of the list as read from its files, before it is stored.</summary>
public sealed record GazetteerEntry(
    string Code, GazetteerLevel Level, string Name, string? ParentCode, string ProvinceCode,
    double? Longitude = null, double? Latitude = null, bool IsPopulated = false, bool IsOutermostSmall = false);
