using Dashboard.Geo.Domain.Cases;

namespace Dashboard.Geo.Screening;

/// <summary>
/// An interview of a passport applicant at a Kanim. The identity number the officer typed is kept only as its keyed
/// hash (<see cref="IdentityKeyedHash"/>): enough to recognise a refused applicant at another office, never the number.
/// </summary>
public sealed class PassportInterview
{
    public Guid Id { get; set; }
    public required string OfficeCode { get; set; }
    public required string IdentityHash { get; set; }
    public AgeGroup AgeGroup { get; set; }
    public Sex Sex { get; set; }
    public TraffickingModus? Modus { get; set; }
    public string? DestinationCountry { get; set; }
    public List<ScreeningIndicator> Indicators { get; set; } = [];
    public InterviewOutcome Outcome { get; set; }
    public DateTimeOffset InterviewedAt { get; set; }
    public required string RecordedBy { get; set; }
    public required string RecordedByName { get; set; }
}
