namespace Dashboard.Web.Resources;

/// <summary>
/// Marker for the MasterDataStrings resources (gazetteer, crossings, assisted villages, imports): Bahasa Indonesia in
/// MasterDataStrings.resx, English in MasterDataStrings.en.resx.
/// </summary>
public sealed class MasterDataStrings;
