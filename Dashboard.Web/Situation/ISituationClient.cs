using Dashboard.Geo.Situation;

namespace Dashboard.Web.Situation;

/// <summary>What the hub sends to a connected dashboard: batches of events, oldest first.</summary>
public interface ISituationClient
{
    Task Events(IReadOnlyList<SituationMessage> events);
}
