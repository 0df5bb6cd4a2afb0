using Dashboard.Geo.Domain.Villages;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Spatial;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Villages;

/// <summary>
/// What makes an assisted village and an outreach session acceptable, field by field (camelCase, as the API names
/// them), and how a checked draft becomes the entity. Shared by the pages, the API and imports.
/// </summary>
public static class VillageRules
{
    public const int MaxNote = 1000;

    /// <param name="mentorKnown">Whether the mentor id names an account (null id: a name alone, allowed only with a name).</param>
    public static Dictionary<string, string> Check(VillageDraft d, IReadOnlyDictionary<string, GazetteerHit> gazetteer, bool mentorKnown, DateOnly today)
    {
        var problems = new Dictionary<string, string>();
        var code = (d.VillageCode ?? "").Trim();
        if (code.Length == 0)
            problems["villageCode"] = "villageCode is required: the Kemendagri village code (e.g. '61.03.08.2001').";
        else if (!gazetteer.TryGetValue(code, out var hit) || hit.Level != GazetteerLevel.Village)
            problems["villageCode"] = $"villageCode '{code}' is not a village of the gazetteer.";
        else if (hit.Retired)
            problems["villageCode"] = $"villageCode '{code}' is retired from the gazetteer.";
        if (d.Longitude is not { } lon || d.Latitude is not { } lat || double.IsNaN(lon) || double.IsNaN(lat))
            problems["location"] = "longitude and latitude are required.";
        else if (!IndonesiaExtent.Contains(new Coordinate(lon, lat)))
            problems["location"] = $"({lon}, {lat}) is outside Indonesia; longitude comes first (about 95 to 141), latitude second (about -11 to 6).";
        if (d.LaunchedOn is not { } launched)
            problems["launchedOn"] = "launchedOn is required: the date the village was launched (yyyy-mm-dd).";
        else if (launched > today)
            problems["launchedOn"] = $"launchedOn {launched:yyyy-MM-dd} is in the future.";
        if (d.DecreeNumber is { Length: > 100 })
            problems["decreeNumber"] = "decreeNumber is longer than 100 characters.";
        if (string.IsNullOrWhiteSpace(d.MentorUserId) && string.IsNullOrWhiteSpace(d.MentorName))
            problems["mentorUserId"] = "mentorUserId is required: the account of the village's Pimpasa.";
        else if (!string.IsNullOrWhiteSpace(d.MentorUserId) && !mentorKnown)
            problems["mentorUserId"] = $"mentorUserId '{d.MentorUserId}' is not an account.";
        else if (d.MentorName is { Length: > 200 })
            problems["mentorUserId"] = "the mentor's name is longer than 200 characters.";
        return problems;
    }

    public static Dictionary<string, string> CheckSession(SessionDraft s, DateOnly today)
    {
        var problems = new Dictionary<string, string>();
        if (s.HeldOn is not { } held)
            problems["heldOn"] = "heldOn is required: the date of the session (yyyy-mm-dd).";
        else if (held > today)
            problems["heldOn"] = $"heldOn {held:yyyy-MM-dd} is in the future.";
        var topic = Topic(s.Topic);
        if (topic is null)
            problems["topic"] = $"topic '{s.Topic}' is not one of {string.Join(", ", OutreachTopics.All)}.";
        else if (topic == OutreachTopics.Other && string.IsNullOrWhiteSpace(s.TopicOther))
            problems["topic"] = "topicOther is required when the topic is Other.";
        else if (s.TopicOther is { Length: > 200 })
            problems["topic"] = "topicOther is longer than 200 characters.";
        var unknown = (s.Partners ?? []).Where(p => Partner(p) is null).ToList();
        if (unknown.Count > 0)
            problems["partners"] = $"partners {string.Join(", ", unknown.Select(p => $"'{p}'"))} are not among {string.Join(", ", OutreachPartners.All)}.";
        int women = s.Women ?? 0, men = s.Men ?? 0, youth = s.Youth ?? 0, migrants = s.ProspectiveMigrants ?? 0;
        if (women < 0 || men < 0 || youth < 0 || migrants < 0)
            problems["attendance"] = "attendance counts cannot be negative.";
        else if (youth > women + men || migrants > women + men)
            problems["attendance"] = $"youth ({youth}) and prospective migrant workers ({migrants}) are part of the attendance and cannot exceed women plus men ({women + men}).";
        if (s.Note is { Length: > MaxNote })
            problems["note"] = $"note is longer than {MaxNote} characters.";
        return problems;
    }

    public static string? Topic(string? text) =>
        OutreachTopics.All.FirstOrDefault(t => string.Equals(t, (text ?? "").Trim(), StringComparison.OrdinalIgnoreCase));

    public static string? Partner(string? text) =>
        OutreachPartners.All.FirstOrDefault(p => string.Equals(p, (text ?? "").Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A new assisted village from a checked draft; its name and regions follow from the gazetteer.</summary>
    public static AssistedVillage Create(VillageDraft d, GazetteerHit village, string mentorName, string assignedBy, DateTimeOffset at)
    {
        var v = new AssistedVillage
        {
            VillageCode = village.Code, Name = village.Name, DistrictCode = village.DistrictCode, RegencyCode = village.RegencyCode!,
            ProvinceCode = village.ProvinceCode, MentorOfficer = mentorName, MentorUserId = Blank(d.MentorUserId),
            LaunchedOn = d.LaunchedOn!.Value, DecreeNumber = Blank(d.DecreeNumber),
            Location = Geometries.Factory.CreatePoint(new Coordinate(d.Longitude!.Value, d.Latitude!.Value)),
        };
        v.Mentorships.Add(new VillageMentorship
        {
            MentorUserId = v.MentorUserId, MentorName = mentorName, From = v.LaunchedOn, AssignedBy = assignedBy, AssignedAt = at,
        });
        return v;
    }

    /// <summary>Why the village cannot have a new Pimpasa from <paramref name="start"/>, or null when it can.</summary>
    public static string? CheckReassign(AssistedVillage v, DateOnly start, DateOnly today)
    {
        var current = CurrentMentorship(v);
        return start > today || start < v.LaunchedOn || (current is not null && start <= current.From)
            ? $"from {start:yyyy-MM-dd} must be after the current mentor's start ({current?.From ?? v.LaunchedOn:yyyy-MM-dd}) and not in the future."
            : null;
    }

    /// <summary>A new Pimpasa from <paramref name="start"/> on; the previous one's spell ends the day before, so history keeps who mentored when.</summary>
    public static void Reassign(AssistedVillage v, string mentorUserId, string mentorName, DateOnly start, string assignedBy, DateTimeOffset at)
    {
        if (CurrentMentorship(v) is { } current)
            current.Until = start.AddDays(-1);
        v.Mentorships.Add(new VillageMentorship
        {
            VillageId = v.Id, MentorUserId = mentorUserId, MentorName = mentorName, From = start, AssignedBy = assignedBy, AssignedAt = at,
        });
        v.MentorOfficer = mentorName;
        v.MentorUserId = mentorUserId;
    }

    private static VillageMentorship? CurrentMentorship(AssistedVillage v) =>
        v.Mentorships.Where(m => m.Until is null).OrderByDescending(m => m.From).FirstOrDefault();

    public static OutreachSession Session(int villageId, SessionDraft s, string loggedBy, DateTimeOffset at)
    {
        int women = s.Women ?? 0, men = s.Men ?? 0;
        var topic = Topic(s.Topic)!;
        return new OutreachSession
        {
            VillageId = villageId, HeldOn = s.HeldOn!.Value, Topic = topic,
            TopicOther = topic == OutreachTopics.Other ? s.TopicOther!.Trim() : null,
            Women = women, Men = men, Attendance = women + men, Youth = s.Youth ?? 0, ProspectiveMigrants = s.ProspectiveMigrants ?? 0,
            Partners = [.. (s.Partners ?? []).Select(p => Partner(p)!).Distinct()], Note = Blank(s.Note), LoggedBy = loggedBy, LoggedAt = at,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
