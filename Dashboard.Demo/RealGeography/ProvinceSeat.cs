namespace Dashboard.Demo.RealGeography;

/// <summary>A province by Kemendagri code with its capital's approximate position.</summary>
public sealed record ProvinceSeat(string Code, string Name, double Longitude, double Latitude);
