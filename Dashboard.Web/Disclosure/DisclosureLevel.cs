namespace Dashboard.Web.Disclosure;

/// <summary>
/// What a reader gets: immigration's detail, or aggregates at k (other agencies always; anyone for a partner export).
/// </summary>
public sealed record DisclosureLevel(bool AggregatesOnly, int K)
{
    /// <summary>The name stated in exports: "detail" or "aggregate".</summary>
    public string Name => AggregatesOnly ? "aggregate" : "detail";
}
