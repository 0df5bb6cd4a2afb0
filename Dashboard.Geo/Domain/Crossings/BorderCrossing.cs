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
}
