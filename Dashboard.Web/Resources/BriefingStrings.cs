namespace Dashboard.Web.Resources;

/// <summary>Marker for the BriefingStrings resources: Bahasa Indonesia in BriefingStrings.resx, English in BriefingStrings.en.resx.</summary>
public sealed class BriefingStrings;
