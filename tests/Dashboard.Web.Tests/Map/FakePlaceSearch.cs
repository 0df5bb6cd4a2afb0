using Dashboard.Web.Map;

namespace Dashboard.Web.Tests.Map;

/// <summary>Finds the given places whose name contains the text, ignoring case.</summary>
internal sealed class FakePlaceSearch(params Place[] places) : IPlaceSearch
{
    public Task<IReadOnlyList<Place>> SearchAsync(string text, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Place>>(
            [.. places.Where(p => p.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).Take(max)]);
}
