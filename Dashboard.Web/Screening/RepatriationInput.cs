using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>
/// A repatriation as the form or a client sends it; <see cref="Id"/> is the client's, so a resend is recognised.
/// <see cref="ArrivalCrossing"/> is a crossing code, <see cref="IssuingOffice"/> an office code, <see cref="FromCountry"/>
/// a country code or name.
/// </summary>
public sealed record RepatriationInput(
    Guid? Id,
    AgeGroup? AgeGroup,
    Sex? Sex,
    int? GroupSize,
    string? FromCountry,
    string? Mission,
    bool? TemporaryTravelDocument,
    string? ArrivalCrossing,
    DateTimeOffset? ArrivalAt,
    string? IssuingOffice);

/// <summary>The hand-over at home: to a service of the directory (then <see cref="ServiceId"/>), the family, the police or other.</summary>
public sealed record HandOverInput(HandOverKind? Kind, int? ServiceId, DateTimeOffset? At, string? Note);
