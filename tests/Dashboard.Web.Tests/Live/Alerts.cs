using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;

namespace Dashboard.Web.Tests.Live;

/// <summary>Alert snapshots as the feed carries them, for component tests.</summary>
internal static class Alerts
{
    public static AlertSnapshot Snapshot(long id, AlertSeverity severity, AlertStatus status = AlertStatus.New, string region = "Kota Batam") =>
        new(id, AlertRule.ReportNearRatRoute, severity, status, "Jalur Uji", 1, "21", region, 104.0, 1.1,
            DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(-5), null, null, 1);

    public static SituationMessage Raised(AlertSnapshot alert) => SituationMessage.Draft(alert, raised: true);
}
