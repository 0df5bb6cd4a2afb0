namespace Dashboard.Web.Resources;

/// <summary>Marker for the OverviewStrings resources: Bahasa Indonesia in OverviewStrings.resx, English in OverviewStrings.en.resx.</summary>
public sealed class OverviewStrings;
