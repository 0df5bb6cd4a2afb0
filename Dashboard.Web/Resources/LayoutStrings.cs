namespace Dashboard.Web.Resources;

/// <summary>Marker for the LayoutStrings resources: Bahasa Indonesia in LayoutStrings.resx, English in LayoutStrings.en.resx.</summary>
public sealed class LayoutStrings;
