using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>Opening a protection record from a screening whose disposition is "potential victim".</summary>
public sealed record ProtectionInput(
    Guid? Id,
    Guid? ScreeningId,
    IReadOnlyList<ScreeningIndicator>? Indicators,
    bool? NoAdministrativeAction,
    ConsentNoted? Consent);
