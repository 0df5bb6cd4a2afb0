namespace Dashboard.Geo.Domain.Reports;

/// <summary>
/// The Admiralty (NATO) grading intelligence services use: source reliability A (completely reliable) to E
/// (unreliable), F (cannot be judged); information credibility 1 (confirmed) to 5 (improbable), 6 (cannot be judged).
/// The weight turns a grading into how much a report counts in the risk model.
/// </summary>
public static class SourceGrading
{
    public const string Reliabilities = "ABCDEF";

    public static bool IsReliability(char value) => Reliabilities.Contains(value);

    public static bool IsCredibility(int value) => value is >= 1 and <= 6;

    /// <summary>From 1 (A1) down to 0.04 (E5); "cannot be judged" counts as middling (0.5).</summary>
    public static double Weight(char reliability, int credibility)
    {
        var r = reliability switch { 'A' => 1.0, 'B' => 0.8, 'C' => 0.6, 'D' => 0.4, 'E' => 0.2, _ => 0.5 };
        var c = credibility switch { 1 => 1.0, 2 => 0.8, 3 => 0.6, 4 => 0.4, 5 => 0.2, _ => 0.5 };
        return r * c;
    }
}
