using Dashboard.Geo.Crossings;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Web.Crossings;

/// <summary>The crossing form's fields, bound by the page and turned into a draft for the service.</summary>
public sealed class CrossingForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string Kind { get; set; } = "";
    public string? Office { get; set; }
    public GazetteerHit? Regency { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public int? DailyPassengers { get; set; }
    public int? InterviewOfficers { get; set; }
    public string? OpeningHours { get; set; }
    public bool IsPatrolBase { get; set; } = true;

    public CrossingDraft ToDraft() => new(Code, Name, Kind, Office, Regency?.Code, Longitude, Latitude,
        DailyPassengers, InterviewOfficers, OpeningHours, IsPatrolBase);

    public static CrossingForm Of(CrossingView c, GazetteerHit? regency) => new()
    {
        Code = c.Code, Name = c.Name, Kind = c.Kind, Office = c.Office, Regency = regency, Longitude = c.Longitude,
        Latitude = c.Latitude, DailyPassengers = c.DailyPassengers, InterviewOfficers = c.InterviewOfficers,
        OpeningHours = c.OpeningHours, IsPatrolBase = c.IsPatrolBase,
    };
}
