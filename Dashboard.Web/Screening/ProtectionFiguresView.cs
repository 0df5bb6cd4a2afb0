using Dashboard.Geo.Disclosure;

namespace Dashboard.Web.Screening;

/// <summary>
/// The protection path in figures for a period: screenings by checkpoint and disposition and by modus, potential
/// victims found, referrals by outcome with their median delays, repatriations. For readers of aggregates every count
/// is a <see cref="Figure"/> hidden below k with its complements, and the period is an ended calendar quarter.
/// </summary>
public sealed record ProtectionFiguresView(
    DateOnly From, DateOnly To, string? PeriodKey, bool AggregatesOnly, int K,
    Figure Screenings, IReadOnlyList<CheckpointFigures> ByCheckpoint, IReadOnlyDictionary<string, Figure> ByDisposition,
    IReadOnlyDictionary<string, Figure> ByModus, Figure PotentialVictims,
    IReadOnlyDictionary<string, Figure> ReferralsByStatus, TimeSpan? MedianToReferral, TimeSpan? MedianToAcceptance,
    Figure RepatriatedPeople, Figure Repatriations, Figure HandedOver, TimeSpan? MedianToHandOver)
{
    /// <summary>The key of screenings without a modus in <see cref="ByModus"/>.</summary>
    public const string NoModus = "None";
}

/// <summary>One checkpoint's screenings, in total and (for immigration) by disposition.</summary>
public sealed record CheckpointFigures(string Code, string Name, Figure Total, IReadOnlyDictionary<string, Figure> ByDisposition);
