namespace Dashboard.Web.Map;

/// <summary>Colours (CSS) and icons (SVG path markup) by key, as the JS module and the legend both read them.</summary>
public sealed record MapSymbolSet(IReadOnlyDictionary<string, string> Colors, IReadOnlyDictionary<string, string> Icons);
