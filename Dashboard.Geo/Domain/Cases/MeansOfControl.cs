namespace Dashboard.Geo.Domain.Cases;

/// <summary>How victims were controlled, with the meanings of the CTDC "meansOfControl" fields; several may apply.</summary>
[Flags]
public enum MeansOfControl
{
    None = 0,
    DebtBondage = 1 << 0,
    TakesEarnings = 1 << 1,
    ThreatsOfHarm = 1 << 2,
    PsychologicalAbuse = 1 << 3,
    PhysicalAbuse = 1 << 4,
    SexualAbuse = 1 << 5,
    FalsePromises = 1 << 6,
    PsychoactiveSubstances = 1 << 7,
    RestrictsMovement = 1 << 8,
    ExcessiveWorkingHours = 1 << 9,
    ThreatOfLawEnforcement = 1 << 10,
    WithholdsNecessities = 1 << 11,
    WithholdsDocuments = 1 << 12,
    Other = 1 << 13,
}
