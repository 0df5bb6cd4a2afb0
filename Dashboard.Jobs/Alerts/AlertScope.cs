namespace Dashboard.Jobs.Alerts;

/// <summary>
/// What a rule looks at: just-stored reports (fast, right after intake), or everything within its window (the
/// periodic sweep, which catches anything an interrupted intake did not get to).
/// </summary>
public sealed record AlertScope(IReadOnlyCollection<long>? ReportIds)
{
    public static AlertScope Everything { get; } = new((IReadOnlyCollection<long>?)null);

    public static AlertScope Reports(IReadOnlyCollection<long> ids) => new(ids);

    public bool IsSweep => ReportIds is null;
}
