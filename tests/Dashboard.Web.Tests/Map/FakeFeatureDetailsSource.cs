using Dashboard.Web.Map;

namespace Dashboard.Web.Tests.Map;

/// <summary>Answers with fixed details and remembers what it was asked for.</summary>
internal sealed class FakeFeatureDetailsSource(FeatureDetails? answer) : IFeatureDetailsSource
{
    public List<(string Layer, long Id)> Requests { get; } = [];

    public Task<FeatureDetails?> GetAsync(string layer, long id, CancellationToken ct)
    {
        Requests.Add((layer, id));
        return Task.FromResult(answer);
    }
}
