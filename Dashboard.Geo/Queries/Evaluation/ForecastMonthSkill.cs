namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>
/// How well the risk map in force at a month's start foresaw where that month's cases came from: of the month's cases
/// in the area, how many lay in the highest-ranked cells covering 1 % and 5 % of the area's cells. Counts only.
/// </summary>
/// <param name="Month">The month's first day (WIB).</param>
/// <param name="RunId">The latest succeeded run that finished before the month began; null when none had.</param>
/// <param name="Cells">The run's cells in the area.</param>
/// <param name="CellsAt1">How many top cells make 1 % of them (rounded, at least one); likewise <paramref name="CellsAt5"/>.</param>
public sealed record ForecastMonthSkill(
    DateOnly Month,
    int? RunId,
    DateOnly? RunAsOf,
    int Cells,
    int Cases,
    int CellsAt1,
    int HitsAt1,
    int CellsAt5,
    int HitsAt5)
{
    public ForecastMonthState State => RunId is null ? ForecastMonthState.NoRun
        : Cells == 0 ? ForecastMonthState.NoCells
        : Cases == 0 ? ForecastMonthState.NoCases
        : ForecastMonthState.Scored;

    /// <summary>Share of the month's cases in the top 1 % of cells; null unless the month is scored.</summary>
    public double? HitRateAt1 => HitRate(HitsAt1);

    public double? HitRateAt5 => HitRate(HitsAt5);

    /// <summary>Hit rate ÷ the share of cells it took (Chainey et al. 2008); above 1 the map beats picking cells at random.</summary>
    public double? PaiAt1 => Pai(HitsAt1, CellsAt1);

    public double? PaiAt5 => Pai(HitsAt5, CellsAt5);

    private double? HitRate(int hits) => State == ForecastMonthState.Scored ? Math.Round((double)hits / Cases, 4) : null;

    private double? Pai(int hits, int chosen) =>
        State == ForecastMonthState.Scored ? Math.Round((double)hits / Cases / ((double)chosen / Cells), 2) : null;
}
