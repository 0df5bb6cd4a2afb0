namespace Dashboard.Web.Resources;

/// <summary>Marker for the MapStrings resources: Bahasa Indonesia in MapStrings.resx, English in MapStrings.en.resx.</summary>
public sealed class MapStrings;
