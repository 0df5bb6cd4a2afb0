namespace Dashboard.Web.Resources;

/// <summary>Marker for the AccountStrings resources: Bahasa Indonesia in AccountStrings.resx, English in AccountStrings.en.resx.</summary>
public sealed class AccountStrings;
