using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.WatchLists;
using Dashboard.Jobs.Alerts;

namespace Dashboard.Web.WatchLists;

/// <summary>One version of the thresholds: 0 is the deployment's settings, before anyone saved one.</summary>
public sealed record ThresholdsView(long Version, DateTimeOffset? ChangedAt, string ChangedBy, string? Note, IReadOnlyList<string> WatchedDestinations,
    int OffloadingClusterSize, int OffloadingWindowHours, double RatRouteDistanceKm, double CredibleWeight,
    int ReportLookbackHours, int CaseLookbackDays, int EarlyWarningLookbackDays)
{
    public const string Configuration = "configuration";

    /// <summary>A saved version, its missing look-backs read from the deployment's settings as the rules read them.</summary>
    public static ThresholdsView Of(AlertThresholds t, AlertOptions configured) => new(t.Id, t.ChangedAt, t.ChangedBy, t.Note, t.WatchedDestinations,
        t.OffloadingClusterSize, t.OffloadingWindowHours, t.RatRouteDistanceKm, t.CredibleWeight,
        t.ReportLookbackHours ?? configured.ReportLookbackHours, t.CaseLookbackDays ?? configured.CaseLookbackDays,
        t.EarlyWarningLookbackDays ?? configured.EarlyWarningLookbackDays);

    public static ThresholdsView Of(AlertOptions o) => new(0, null, Configuration, null, o.WatchedDestinations,
        o.OffloadingClusterSize, o.OffloadingWindowHours, o.RatRouteDistanceKm, o.CredibleWeight,
        o.ReportLookbackHours, o.CaseLookbackDays, o.EarlyWarningLookbackDays);
}

public sealed record ModusView(string Code, string NameId, string NameEn, bool Active)
{
    public static ModusView Of(ModusOperandi m) => new(m.Code, m.NameId, m.NameEn, m.IsActive);
}

/// <summary>What the watch-list page shows: the thresholds in force, their history (newest first) and the catalogue.</summary>
public sealed record WatchListsView(ThresholdsView Current, IReadOnlyList<ThresholdsView> History, IReadOnlyList<ModusView> Modi);
