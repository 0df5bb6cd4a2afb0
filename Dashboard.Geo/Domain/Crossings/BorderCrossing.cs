using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Crossings;

/// <summary>An official crossing: an airport or seaport checkpoint (TPI) or a land border post (PLBN).</summary>
public sealed class BorderCrossing
{
    public int Id { get; set; }

    /// <summary>Short stable code, e.g. "CGK" or "PLBN-ENTIKONG".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public CrossingKind Kind { get; set; }

    /// <summary>The immigration office (Kantor Imigrasi) that runs the crossing.</summary>
    public required string ManagingOffice { get; set; }

    /// <summary>Kemendagri province code, e.g. "21".</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>Kemendagri regency code, e.g. "21.71".</summary>
    public required string RegencyCode { get; set; }

    public required Point Location { get; set; }

    /// <summary>Typical passengers crossing per day, both directions.</summary>
    public int DailyPassengers { get; set; }

    /// <summary>Officers on duty who can hold a departure interview.</summary>
    public int InterviewOfficers { get; set; }

    /// <summary>When the crossing is open, as the office states it (e.g. "24 jam", "07.00–17.00 WIB").</summary>
    public string? OpeningHours { get; set; }

    /// <summary>Whether patrols set out from here: offered as a base on the patrol desk.</summary>
    public bool IsPatrolBase { get; set; } = true;

    /// <summary>When the crossing was retired; it keeps its history and reports but takes no new ones.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredReason { get; set; }

    /// <summary>Who last created, edited or retired it, and when.</summary>
    public string? ChangedBy { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }
}
