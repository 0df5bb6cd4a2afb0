namespace Dashboard.Geo.Domain.Reports;

/// <summary>What a field report is about, by who sends it.</summary>
public enum ReportKind
{
    /// <summary>A checkpoint officer denied departure to travellers who looked like likely victims.</summary>
    CheckpointOffloading = 1,

    /// <summary>A suspicious recruitment or departure seen in an assisted village, by its mentor or the community.</summary>
    VillageRecruitment = 2,

    /// <summary>A patrol saw movement on a rat route.</summary>
    PatrolSighting = 3,

    IntelligenceTip = 4,
}
