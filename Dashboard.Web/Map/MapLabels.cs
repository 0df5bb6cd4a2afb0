using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>The MapStrings the JS module writes into tooltips, localized once per map.</summary>
public static class MapLabels
{
    public static IReadOnlyList<string> Keys { get; } =
    [
        "Map.Synthetic", "Map.Victims", "Map.Minors", "Map.Cases", "Map.Villages", "Map.PassengersPerDay",
        "Map.InterviewOfficers", "Map.Activity", "Map.ClusterHint", "Map.DetailsHint",
        "Map.RiskScore", "Map.RiskChange", "Map.HotSpot",
        "Kind.Airport", "Kind.Seaport", "Kind.LandBorderPost",
        "Mode.LandPath", "Mode.SeaLane", "Mode.River",
        "Activity.Dormant", "Activity.Low", "Activity.Medium", "Activity.High",
        "Way.Road", "Way.Track", "Way.Ferry",
    ];

    public static IReadOnlyDictionary<string, string> Localize(IStringLocalizer<MapStrings> localizer) =>
        Keys.ToDictionary(k => k, k => localizer[k].Value);
}
