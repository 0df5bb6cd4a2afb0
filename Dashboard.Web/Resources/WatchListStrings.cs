namespace Dashboard.Web.Resources;

/// <summary>Marker for the WatchListStrings resources: Bahasa Indonesia in WatchListStrings.resx, English in WatchListStrings.en.resx.</summary>
public sealed class WatchListStrings;
