using Dashboard.Geo.Domain.Villages;

namespace Dashboard.Web.Villages;

/// <summary>An assisted village in a list.</summary>
public sealed record VillageView(
    int Id, string VillageCode, string Name, string? DistrictCode, string RegencyCode, string ProvinceCode,
    double Longitude, double Latitude, DateOnly LaunchedOn, string? DecreeNumber, string Mentor, string? MentorUserId,
    DateOnly? LastSession, int? DaysSinceLastSession, bool Quiet, DateTimeOffset? RetiredAt, string? RetiredReason);

/// <summary>One mentor's spell at a village.</summary>
public sealed record MentorshipView(string MentorName, string? MentorUserId, DateOnly From, DateOnly? Until, string AssignedBy);

/// <summary>One outreach session as the timeline shows it.</summary>
public sealed record SessionView(
    long Id, DateOnly HeldOn, string Topic, string? TopicOther, IReadOnlyList<string> Partners,
    int Attendance, int Women, int Men, int Youth, int ProspectiveMigrants, string? Note, string? LoggedBy)
{
    public static SessionView Of(OutreachSession s) => new(s.Id, s.HeldOn, s.Topic, s.TopicOther, s.Partners,
        s.Attendance, s.Women, s.Men, s.Youth, s.ProspectiveMigrants, s.Note, s.LoggedBy);
}

/// <summary>A field report near the village (or naming it).</summary>
public sealed record NearbyReport(long Id, string Kind, DateTimeOffset ObservedAt, string Category, double DistanceKm);

/// <summary>A village's page: the village, who mentored it when, its sessions, and what happened around it.</summary>
public sealed record VillageDetails(
    VillageView Village, string? District, string? Regency, string? Province,
    IReadOnlyList<MentorshipView> Mentors, IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<NearbyReport> Reports, int CasesAround, int VictimsAround, int QuietAfterDays);
