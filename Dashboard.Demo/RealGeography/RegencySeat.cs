namespace Dashboard.Demo.RealGeography;

/// <summary>
/// A regency or city by Kemendagri code, its seat's approximate position, and how much it weighs as a trafficking
/// origin in the demo (relative; from the origin regions the source papers name).
/// </summary>
public sealed record RegencySeat(string Code, string Name, double Longitude, double Latitude, double OriginWeight)
{
    public string ProvinceCode => Code[..2];
}
