using System.Globalization;
using Dashboard.Geo.Queries.Evaluation;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Evaluation;

/// <summary>The evaluation's forecast section: how much of each month's cases the map in force at its start had ranked highest.</summary>
public sealed partial class ForecastSkillTable
{
    /// <summary>Newest first; null while loading.</summary>
    [Parameter] public IReadOnlyList<ForecastMonthSkill>? Months { get; set; }

    private static string Share(double? share) => share is { } s ? s.ToString("P1", CultureInfo.CurrentCulture) : "–";

    private static string Pai(double? pai) => pai is { } p ? p.ToString("0.0", CultureInfo.CurrentCulture) : "–";
}
