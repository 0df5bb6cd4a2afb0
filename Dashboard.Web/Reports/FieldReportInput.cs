namespace Dashboard.Web.Reports;

/// <summary>What the form holds while it is being filled in.</summary>
public sealed class FieldReportInput
{
    public string? Kind { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTime? ObservedLocal { get; set; }
    public string? Category { get; set; }
    public string? Reliability { get; set; }
    public string? Credibility { get; set; }
    public string? Text { get; set; }
    public int? PeopleCount { get; set; }
    public string? Profile { get; set; }
    public string? Modus { get; set; }
    public string? Destination { get; set; }
    public string? CrossingCode { get; set; }

    /// <summary>An assisted village as the list offers it ("Name — Regency"), or its code.</summary>
    public string? Village { get; set; }
}
