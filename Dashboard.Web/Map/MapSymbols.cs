using MudBlazor;

namespace Dashboard.Web.Map;

/// <summary>
/// One place for how each kind of thing looks, so the map and its legend cannot drift apart. Colours are from the
/// Okabe–Ito palette, which stays distinguishable for colour-blind readers; every kind also differs by shape or dash.
/// </summary>
public static class MapSymbols
{
    public const string Airport = "Airport";
    public const string Seaport = "Seaport";
    public const string LandBorderPost = "LandBorderPost";
    public const string LandPath = "LandPath";
    public const string SeaLane = "SeaLane";
    public const string River = "River";
    public const string Village = "village";
    public const string Case = "case";
    public const string Road = "Road";
    public const string Track = "Track";
    public const string Ferry = "Ferry";

    public static MapSymbolSet Set { get; } = new(
        new Dictionary<string, string>
        {
            [Airport] = "#0b3d6e",
            [Seaport] = "#009e73",
            [LandBorderPost] = "#5a3a00",
            [LandPath] = "#b5651d",
            [SeaLane] = "#0072b2",
            [River] = "#1b9e9e",
            [Village] = "#cc79a7",
            [Case] = "#d55e00",
            [Road] = "#5f5f5f",
            [Track] = "#8c7b6b",
            [Ferry] = "#56b4e9",
        },
        new Dictionary<string, string>
        {
            [Airport] = Icons.Material.Filled.Flight,
            [Seaport] = Icons.Material.Filled.DirectionsBoat,
            [LandBorderPost] = Icons.Material.Filled.Fence,
        });

    public static string Color(string key) => Set.Colors[key];

    public static string Icon(string key) => Set.Icons[key];
}
