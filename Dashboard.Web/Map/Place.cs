namespace Dashboard.Web.Map;

/// <summary>A named place the map can fly to, with the zoom that shows it well.</summary>
public sealed record Place(string Name, PlaceKind Kind, double Longitude, double Latitude, int Zoom);
