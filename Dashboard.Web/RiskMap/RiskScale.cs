using Dashboard.Geo.Queries.Risk;

namespace Dashboard.Web.RiskMap;

/// <summary>
/// How the one risk scale (<see cref="RiskBands"/>) is drawn, wherever risk is shown: the map and its legend, the
/// briefing's regions and the printed report. Viridis from light (lower) to dark (highest), ordered by lightness so it
/// reads for colour-blind eyes and in grey; symbols.js holds the same colours (RISK_COLORS) for the map's cells.
/// Labels are keys of <see cref="Resources.MapStrings"/>.
/// </summary>
public static class RiskScale
{
    public static readonly IReadOnlyList<RiskScaleBand> Bands =
    [
        new(0, "#fde725", "Legend.Risk50"),
        new(1, "#7ad151", "Legend.Risk75"),
        new(2, "#22a884", "Legend.Risk90"),
        new(3, "#2a788e", "Legend.Risk95"),
        new(4, "#414487", "Legend.Risk99"),
    ];

    /// <summary>At or below the median: clear on the screen map, a pale fill on paper so the land still shows.</summary>
    public static readonly RiskScaleBand BelowMedian = new(-1, "#eceff1", "Legend.RiskBelow");

    public static RiskScaleBand Of(int band) => band >= 0 && band < Bands.Count ? Bands[band] : BelowMedian;
}

/// <summary>One band of the risk scale: its index (−1 below the median), colour and label key.</summary>
public sealed record RiskScaleBand(int Index, string Color, string LabelKey);
