using Dashboard.Geo.Domain.RatRoutes;

namespace Dashboard.Demo.RealGeography;

/// <summary>Where informal crossings plausibly run: from an Indonesian starting area to a border or a foreign shore.</summary>
public sealed record RouteZone(string Area, RouteMode Mode, double FromLon, double FromLat, double ToLon, double ToLat, double Weight);
