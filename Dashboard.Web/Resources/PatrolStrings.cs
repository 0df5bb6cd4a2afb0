namespace Dashboard.Web.Resources;

/// <summary>Marker for the PatrolStrings resources: Bahasa Indonesia in PatrolStrings.resx, English in PatrolStrings.en.resx.</summary>
public sealed class PatrolStrings;
