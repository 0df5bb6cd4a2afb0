using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Patrols;

/// <summary>
/// A patrol a planner saved: where it leaves from, its stops in order, who goes and when; once done, what it found.
/// Findings are filed as field reports, so they feed alerts and the risk map like any other report.
/// </summary>
public sealed class Patrol
{
    public const int MaxTeamLength = 200;
    public const int MaxOutcomeLength = 4000;

    public long Id { get; set; }

    /// <summary>The crossing or post the team leaves from and returns to.</summary>
    public required string BaseCode { get; set; }

    public required string BaseName { get; set; }

    public PatrolMode Mode { get; set; }

    public DateOnly PlannedFor { get; set; }

    public required string Team { get; set; }

    public double? BudgetHours { get; set; }

    public double? BudgetKilometres { get; set; }

    public List<PatrolWaypoint> Waypoints { get; set; } = [];

    /// <summary>Base → stops → base, straight legs, for the map.</summary>
    public required LineString Route { get; set; }

    public double Kilometres { get; set; }

    public double Hours { get; set; }

    public double Risk { get; set; }

    public PatrolStatus Status { get; set; } = PatrolStatus.Planned;

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? Outcome { get; set; }

    /// <summary>The field reports its findings were filed as.</summary>
    public List<long> FindingReportIds { get; set; } = [];

    public string? CompletedBy { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
