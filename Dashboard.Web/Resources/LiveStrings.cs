namespace Dashboard.Web.Resources;

/// <summary>Marker for the LiveStrings resources: Bahasa Indonesia in LiveStrings.resx, English in LiveStrings.en.resx.</summary>
public sealed class LiveStrings;
