using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>
/// A passport-office interview as the officer sends it. <see cref="IdentityNumber"/> is hashed on arrival and never
/// stored, logged or echoed back.
/// </summary>
public sealed record InterviewInput(
    Guid? Id,
    string? IdentityNumber,
    AgeGroup? AgeGroup,
    Sex? Sex,
    TraffickingModus? Modus,
    string? DestinationCountry,
    IReadOnlyList<ScreeningIndicator>? Indicators,
    InterviewOutcome? Outcome)
{
    // The record's generated ToString would print the number into any log line that formats the input.
    public override string ToString() => $"InterviewInput {{ Id = {Id}, Outcome = {Outcome} }}";
}
