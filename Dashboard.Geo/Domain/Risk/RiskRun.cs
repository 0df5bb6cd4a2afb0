namespace Dashboard.Geo.Domain.Risk;

/// <summary>
/// One recomputation of the risk map: when, why, with which parameters and inputs, how long each stage took, and
/// whether it succeeded. The map shows the latest succeeded run, so a failed run leaves the previous map in place.
/// </summary>
public sealed class RiskRun
{
    public int Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public RiskRunStatus Status { get; set; }

    /// <summary>"schedule", "data-changed" or "manual".</summary>
    public required string Trigger { get; set; }

    /// <summary>Version of the model's code and parameters, so runs computed differently are not compared blindly.</summary>
    public required string ModelVersion { get; set; }

    /// <summary>The last day of data the run looked at.</summary>
    public DateOnly AsOf { get; set; }

    public int GridEdgeMetres { get; set; }

    /// <summary>JSON: every parameter of the model for this run.</summary>
    public required string Parameters { get; set; }

    /// <summary>JSON: how many cases, routes, crossings, villages went in.</summary>
    public string? InputCounts { get; set; }

    /// <summary>JSON: milliseconds per stage (read, compute, persist).</summary>
    public string? StageDurations { get; set; }

    public int CellCount { get; set; }

    public int HotSpotCount { get; set; }

    public string? Error { get; set; }
}
