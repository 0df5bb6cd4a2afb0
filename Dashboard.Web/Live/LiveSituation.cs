using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Alerts;

namespace Dashboard.Web.Live;

/// <summary>
/// What one live view knows: the alerts it holds and what the latest events changed. Applying an event twice, or an
/// older state after a newer one, changes nothing, so pushes and catch-ups may overlap freely.
/// </summary>
public sealed class LiveSituation
{
    private readonly Dictionary<long, AlertSnapshot> _alerts = [];

    public int Count => _alerts.Count;

    public AlertSnapshot? Find(long id) => _alerts.GetValueOrDefault(id);

    public void Load(IEnumerable<AlertSnapshot> alerts)
    {
        foreach (var alert in alerts)
            Upsert(alert);
    }

    public LiveUpdate Apply(IReadOnlyList<SituationMessage> events)
    {
        var raisedCritical = new List<AlertSnapshot>();
        var raisedUrgent = new List<AlertSnapshot>();
        var alertsChanged = false;
        var reports = 0;
        var riskMap = false;
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            switch (e.Type)
            {
                case SituationEventType.AlertRaised or SituationEventType.AlertChanged when e.Alert is { } alert:
                    var known = _alerts.ContainsKey(alert.Id);
                    if (Upsert(alert))
                    {
                        alertsChanged = true;
                        if (!known && e.Type == SituationEventType.AlertRaised && alert.Severity >= AlertSeverity.High)
                            raisedUrgent.Add(alert);
                        if (!known && e.Type == SituationEventType.AlertRaised && alert.Severity == AlertSeverity.Critical)
                            raisedCritical.Add(alert);
                    }
                    break;
                case SituationEventType.ReportsReceived:
                    reports += e.Reports?.Count ?? 0;
                    break;
                case SituationEventType.RiskMapUpdated:
                    riskMap = true;
                    break;
            }
        }
        return new LiveUpdate(alertsChanged, raisedCritical, reports, riskMap) { RaisedUrgent = raisedUrgent };
    }

    /// <summary>
    /// The alerts the filter lets through: open and severest first, then the most recently changed; or, sorted by
    /// <see cref="AlertSort.Newest"/>, the most recently raised first whatever their severity.
    /// </summary>
    public IReadOnlyList<AlertSnapshot> Visible(AlertFilter filter, DateTimeOffset now, AlertSort sort = AlertSort.Severity)
    {
        var matching = _alerts.Values.Where(a => filter.Matches(a, now));
        return sort == AlertSort.Newest
            ? [.. matching.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id)]
            : [.. matching.OrderByDescending(a => a.IsOpen).ThenByDescending(a => a.Severity).ThenByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)];
    }

    private bool Upsert(AlertSnapshot alert)
    {
        if (_alerts.TryGetValue(alert.Id, out var current) && (current.UpdatedAt > alert.UpdatedAt || current == alert))
            return false;
        _alerts[alert.Id] = alert;
        return true;
    }
}
