namespace Dashboard.Web.Resources;

/// <summary>Marker for the TimporaStrings resources: Bahasa Indonesia in TimporaStrings.resx, English in TimporaStrings.en.resx.</summary>
public sealed class TimporaStrings;
