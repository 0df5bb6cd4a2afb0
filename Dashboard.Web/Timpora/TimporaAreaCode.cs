using System.Text.RegularExpressions;

namespace Dashboard.Web.Timpora;

/// <summary>The Kemendagri codes a TIMPORA is named by: a province ("61") or a regency or city ("61.05").</summary>
public static partial class TimporaAreaCode
{
    public static TimporaLevel? LevelOf(string? code) =>
        code is null ? null
        : ProvincePattern().IsMatch(code) ? TimporaLevel.Province
        : RegencyPattern().IsMatch(code) ? TimporaLevel.Regency
        : null;

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex ProvincePattern();

    [GeneratedRegex(@"^\d{2}\.\d{2}$")]
    private static partial Regex RegencyPattern();
}
