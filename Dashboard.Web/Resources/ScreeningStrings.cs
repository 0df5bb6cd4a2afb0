namespace Dashboard.Web.Resources;

/// <summary>Marker for the ScreeningStrings resources: Bahasa Indonesia in ScreeningStrings.resx, English in ScreeningStrings.en.resx.</summary>
public sealed class ScreeningStrings;
