namespace Dashboard.Web.Resources;

/// <summary>Marker for the ReportStrings resources: Bahasa Indonesia in ReportStrings.resx, English in ReportStrings.en.resx.</summary>
public sealed class ReportStrings;
