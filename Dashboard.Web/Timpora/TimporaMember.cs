namespace Dashboard.Web.Timpora;

/// <summary>An account's seat in one TIMPORA: the area it covers and the agency the person represents there.</summary>
public sealed class TimporaMember
{
    public const int UserNameLength = 256;

    public long Id { get; set; }
    public required string UserName { get; set; }
    public required string Agency { get; set; }
    public TimporaLevel Level { get; set; }

    /// <summary>The province ("61") or regency ("61.05") code of the TIMPORA.</summary>
    public required string AreaCode { get; set; }

    public required string AssignedBy { get; set; }
    public DateTimeOffset AssignedAt { get; set; }

    /// <summary>Whether a place coded <paramref name="regionCode"/> (a province or regency code) lies in this TIMPORA.</summary>
    public bool Covers(string regionCode) =>
        Level == TimporaLevel.Province
            ? regionCode == AreaCode || regionCode.StartsWith(AreaCode + ".", StringComparison.Ordinal)
            : regionCode == AreaCode;
}
