namespace Dashboard.Geo.Queries;

/// <summary>
/// Small-count suppression for readers outside the immigration service: counts below the threshold are shown as
/// "&lt;5", the usual rule for statistics about people, so a number cannot point at a family or a village.
/// </summary>
public static class SmallCount
{
    public const int Threshold = 5;

    public static string Show(long count) => count < Threshold ? $"<{Threshold}" : count.ToString(System.Globalization.CultureInfo.CurrentCulture);
}
