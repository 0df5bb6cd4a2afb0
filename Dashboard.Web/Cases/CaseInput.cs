namespace Dashboard.Web.Cases;

/// <summary>
/// A case as the form, the API and an import row send it: text for codes, enums and dates so each bad value can be
/// named back by field instead of failing the whole request at deserialisation.
/// </summary>
public sealed record CaseInput
{
    public string? Reference { get; init; }
    public string? ReportingAgency { get; init; }
    public string? ReportedOn { get; init; }
    public string? Status { get; init; }
    public string? VillageCode { get; init; }
    public string? RegencyCode { get; init; }
    public string? ProvinceCode { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public IReadOnlyList<VictimGroupInput>? Victims { get; init; }
    public string? ModusOperandi { get; init; }
    public string? DestinationCountry { get; init; }
    public string? Exploitation { get; init; }
    public IReadOnlyList<string>? MeansOfControl { get; init; }
    public string? RecruiterRelation { get; init; }
    public string? RecruitmentMethod { get; init; }
    public string? RecruitmentChannel { get; init; }
    public string? IssuingOffice { get; init; }
    public int? ExitCrossingId { get; init; }
    public int? ExitRatRouteId { get; init; }
}

public sealed record VictimGroupInput(string? Sex, string? AgeGroup, int? Count);
