namespace Dashboard.Web.WatchLists;

/// <summary>
/// A new version of the rules' thresholds and watched destinations, as the page and PUT /api/watch-lists/thresholds send
/// it. The look-backs may be left out: the version in force keeps its own.
/// </summary>
public sealed record ThresholdsInput(
    IReadOnlyList<string>? WatchedDestinations, int? OffloadingClusterSize, int? OffloadingWindowHours, double? RatRouteDistanceKm,
    double? CredibleWeight, string? Note, int? ReportLookbackHours = null, int? CaseLookbackDays = null, int? EarlyWarningLookbackDays = null);

/// <summary>A new cover in the modus catalogue.</summary>
public sealed record ModusInput(string? Code, string? NameId, string? NameEn);

/// <summary>A modus taken out of the lists (or back in): its history and the cases that name it stay.</summary>
public sealed record ModusActiveInput(bool? Active);
