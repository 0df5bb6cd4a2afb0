using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Geo.Queries.Evaluation;

/// <summary>The completed patrols of a period that left from one base by one mode: how far they went and what they filed.</summary>
public sealed record PatrolBaseEvaluation(string BaseCode, string BaseName, PatrolMode Mode, int Patrols, double Kilometres, int Findings)
{
    /// <summary>Findings (field reports filed) per 100 patrol-kilometres; null when no kilometre was recorded.</summary>
    public double? FindingsPer100Km => PatrolEvaluation.Per100Km(Findings, Kilometres);
}
