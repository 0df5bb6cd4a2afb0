namespace Dashboard.Jobs.Alerts;

/// <summary>
/// What a rule looks at: just-stored reports or cases (fast, right after intake or entry), or everything within its
/// window (the periodic sweep, which catches anything an interrupted intake did not get to).
/// </summary>
public sealed record AlertScope(IReadOnlyCollection<long>? ReportIds, IReadOnlyCollection<long>? CaseIds = null)
{
    public static AlertScope Everything { get; } = new((IReadOnlyCollection<long>?)null);

    public static AlertScope Reports(IReadOnlyCollection<long> ids) => new(ids);

    /// <summary>Just-entered or changed cases: the report rules see no reports, the case rules only these cases.</summary>
    public static AlertScope Cases(IReadOnlyCollection<long> ids) => new([], ids);

    public bool IsSweep => ReportIds is null && CaseIds is null;
}
