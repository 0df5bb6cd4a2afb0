using Dashboard.Geo.Gazetteer;

namespace Dashboard.Web.Villages;

/// <summary>The registration form's fields.</summary>
public sealed class VillageForm
{
    public GazetteerHit? Village { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public DateOnly? LaunchedOn { get; set; }
    public string? DecreeNumber { get; set; }
    public string? MentorUserId { get; set; }
}
