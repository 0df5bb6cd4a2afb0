using System.Globalization;
using Dashboard.Geo.Queries.Evaluation;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Evaluation;

/// <summary>The evaluation's patrol section: findings for the distance covered, per base and mode and per rat route visited.</summary>
public sealed partial class PatrolYieldTable
{
    /// <summary>Null while loading.</summary>
    [Parameter] public PatrolEvaluation? Evaluation { get; set; }

    private static string Km(double kilometres) => kilometres.ToString("N1", CultureInfo.CurrentCulture);

    private static string Rate(double? per100Km) => per100Km is { } r ? r.ToString("0.##", CultureInfo.CurrentCulture) : "–";
}
