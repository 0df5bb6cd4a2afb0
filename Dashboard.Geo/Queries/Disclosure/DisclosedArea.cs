namespace Dashboard.Geo.Queries.Disclosure;

/// <summary>A province or regency of the fixed partition: its name and its seat, where its figures are drawn.</summary>
public sealed record DisclosedArea(string Code, string? ProvinceCode, string Name, double Longitude, double Latitude);
