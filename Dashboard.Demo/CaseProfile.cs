using Dashboard.Geo.Domain.Cases;
using static Dashboard.Geo.Persistence.Configurations.ModusOperandiCatalogue;

namespace Dashboard.Demo;

/// <summary>How each modus operandi tends to look: where victims go, how they are exploited and controlled, by whom.</summary>
internal sealed record CaseProfile(
    string Modus,
    (string Country, double Weight)[] Destinations,
    ExploitationType[] Exploitation,
    MeansOfControl[] Controls,
    RecruiterRelation[] Recruiters)
{
    private static readonly MeansOfControl[] LabourControls =
        [MeansOfControl.WithholdsDocuments, MeansOfControl.DebtBondage, MeansOfControl.TakesEarnings, MeansOfControl.FalsePromises, MeansOfControl.ExcessiveWorkingHours, MeansOfControl.RestrictsMovement];

    public static IReadOnlyList<CaseProfile> All { get; } =
    [
        new(NonProceduralMigrantWorker, [("MY", 50), ("SA", 15), ("SG", 8), ("HK", 8), ("TW", 8), ("AE", 6), ("BN", 5)],
            [ExploitationType.ForcedLabour, ExploitationType.ForcedLabour, ExploitationType.ForcedLabour, ExploitationType.SexualExploitation],
            LabourControls, [RecruiterRelation.OtherAcquaintance, RecruiterRelation.Friend, RecruiterRelation.Family, RecruiterRelation.Stranger]),
        new(WrongVisa, [("MY", 30), ("SA", 20), ("AE", 20), ("JP", 10), ("KR", 10), ("TR", 10)],
            [ExploitationType.ForcedLabour, ExploitationType.SexualExploitation], LabourControls,
            [RecruiterRelation.Stranger, RecruiterRelation.OtherAcquaintance]),
        new(PilgrimageGroup, [("SA", 100)], [ExploitationType.ForcedLabour],
            [MeansOfControl.WithholdsDocuments, MeansOfControl.FalsePromises], [RecruiterRelation.OtherAcquaintance, RecruiterRelation.Stranger]),
        new(StudentInternship, [("JP", 35), ("TW", 35), ("KR", 20), ("DE", 10)], [ExploitationType.ForcedLabour],
            [MeansOfControl.FalsePromises, MeansOfControl.DebtBondage, MeansOfControl.ExcessiveWorkingHours], [RecruiterRelation.Stranger, RecruiterRelation.OtherAcquaintance]),
        new(MixedMarriage, [("CN", 70), ("TW", 30)], [ExploitationType.ForcedMarriage],
            [MeansOfControl.FalsePromises, MeansOfControl.RestrictsMovement, MeansOfControl.PsychologicalAbuse], [RecruiterRelation.IntimatePartner, RecruiterRelation.Family]),
        new(OnlineScamJob, [("KH", 60), ("MM", 25), ("LA", 8), ("PH", 7)], [ExploitationType.ForcedCriminality],
            [MeansOfControl.FalsePromises, MeansOfControl.WithholdsDocuments, MeansOfControl.RestrictsMovement, MeansOfControl.ThreatsOfHarm, MeansOfControl.PhysicalAbuse],
            [RecruiterRelation.Stranger, RecruiterRelation.Friend]),
        new(DoubleIdentity, [("MY", 60), ("SA", 40)], [ExploitationType.ForcedLabour], LabourControls, [RecruiterRelation.OtherAcquaintance]),
        new(Other, [("MY", 50), ("SG", 50)], [ExploitationType.Other, ExploitationType.Unknown], [MeansOfControl.Other], [RecruiterRelation.Unknown]),
    ];

    /// <summary>Share of each modus for a report date: online-scam recruitment grows from 2022, as the papers record.</summary>
    public static double Weight(CaseProfile profile, DateOnly date) => profile.Modus switch
    {
        NonProceduralMigrantWorker => 45,
        WrongVisa => 15,
        PilgrimageGroup => 5,
        StudentInternship => 5,
        MixedMarriage => 7,
        OnlineScamJob => date.Year < 2022 ? 2 : date.Year == 2022 ? 12 : 28,
        DoubleIdentity => 5,
        _ => 3,
    };
}
