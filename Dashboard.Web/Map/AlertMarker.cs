namespace Dashboard.Web.Map;

/// <summary>An alert as the map draws it; <see cref="Title"/> is the tooltip, already in the user's language.</summary>
public sealed record AlertMarker(long Id, double Longitude, double Latitude, string Severity, string Title, bool Selected);
