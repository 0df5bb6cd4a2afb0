using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Villages;

/// <summary>A Desa Binaan Imigrasi: a village where immigration runs education and community reporting.</summary>
public sealed class AssistedVillage
{
    public int Id { get; set; }

    /// <summary>Kemendagri village code, e.g. "32.12.05.2001".</summary>
    public required string VillageCode { get; set; }

    public required string Name { get; set; }

    public required string RegencyCode { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>The mentor officer (Pimpasa) by name and rank as the office publishes it.</summary>
    public required string MentorOfficer { get; set; }

    public DateOnly LaunchedOn { get; set; }

    public required Point Location { get; set; }

    public bool IsSynthetic { get; set; }

    public List<OutreachSession> OutreachSessions { get; set; } = [];
}
