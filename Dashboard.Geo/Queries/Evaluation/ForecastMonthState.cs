namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>Whether a month could be scored, and if not, why not.</summary>
public enum ForecastMonthState
{
    /// <summary>A run was in force and cases came in: hit rates and PAI are given.</summary>
    Scored = 1,

    /// <summary>No risk run had finished before the month began.</summary>
    NoRun = 2,

    /// <summary>The run in force has no cell in the area.</summary>
    NoCells = 3,

    /// <summary>No case was reported in the area that month: nothing to judge the ranking on.</summary>
    NoCases = 4,
}
