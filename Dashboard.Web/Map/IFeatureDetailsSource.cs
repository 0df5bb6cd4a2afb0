namespace Dashboard.Web.Map;

/// <summary>Reads what the details panel shows for one clicked record, already filtered by what the reader may see.</summary>
public interface IFeatureDetailsSource
{
    /// <param name="layer">The layer's API name: crossings, rat-routes, villages or cases.</param>
    /// <param name="id">The record id the map feature carries.</param>
    /// <returns>Null when the record does not exist or the reader may not see it.</returns>
    Task<FeatureDetails?> GetAsync(string layer, long id, CancellationToken ct);
}
