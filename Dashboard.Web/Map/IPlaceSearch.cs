namespace Dashboard.Web.Map;

/// <summary>Finds provinces, regencies, crossings and assisted villages by (part of) their name.</summary>
public interface IPlaceSearch
{
    /// <returns>At most <paramref name="max"/> places, best matches (names starting with the text) first.</returns>
    Task<IReadOnlyList<Place>> SearchAsync(string text, int max, CancellationToken ct);
}
