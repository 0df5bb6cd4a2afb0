namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>What the completed patrols of a period found for the distance they covered: per base and mode, per rat route visited, and in all.</summary>
public sealed record PatrolEvaluation(
    IReadOnlyList<PatrolBaseEvaluation> Bases,
    IReadOnlyList<PatrolRouteEvaluation> Routes,
    int Patrols,
    double Kilometres,
    int Findings)
{
    public double? FindingsPer100Km => Per100Km(Findings, Kilometres);

    internal static double? Per100Km(int findings, double kilometres) => kilometres > 0 ? Math.Round(100.0 * findings / kilometres, 2) : null;
}
