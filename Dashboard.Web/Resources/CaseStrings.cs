namespace Dashboard.Web.Resources;

/// <summary>Marker for the CaseStrings resources: Bahasa Indonesia in CaseStrings.resx, English in CaseStrings.en.resx.</summary>
public sealed class CaseStrings;
