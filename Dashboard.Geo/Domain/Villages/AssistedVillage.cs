using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Villages;

/// <summary>A Desa Binaan Imigrasi: a village where immigration runs education and community reporting.</summary>
public sealed class AssistedVillage
{
    public int Id { get; set; }

    /// <summary>Kemendagri village code, e.g. "32.12.05.2001".</summary>
    public required string VillageCode { get; set; }

    public required string Name { get; set; }

    /// <summary>Kemendagri district (kecamatan) code, e.g. "32.12.05"; null on villages made before the gazetteer.</summary>
    public string? DistrictCode { get; set; }

    public required string RegencyCode { get; set; }

    public required string ProvinceCode { get; set; }

    /// <summary>The mentor officer (Pimpasa) by name and rank as the office publishes it.</summary>
    public required string MentorOfficer { get; set; }

    /// <summary>The mentor's account (AspNetUsers id), when the mentor was picked from the accounts.</summary>
    public string? MentorUserId { get; set; }

    /// <summary>Number of the decree (surat keputusan) that made it an assisted village.</summary>
    public string? DecreeNumber { get; set; }

    /// <summary>When the village stopped being assisted; it stays in history and reports.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredReason { get; set; }

    public DateOnly LaunchedOn { get; set; }

    public required Point Location { get; set; }

    public bool IsSynthetic { get; set; }

    public List<OutreachSession> OutreachSessions { get; set; } = [];

    public List<VillageMentorship> Mentorships { get; set; } = [];
}
