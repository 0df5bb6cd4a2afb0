namespace Dashboard.Geo.Disclosure;

/// <summary>
/// The fixed partition figures are published on: the nation ("ID"), its provinces, their regencies. A parent's figure
/// is the sum of its children's, so each parent and its children are a <see cref="Relation"/>.
/// </summary>
public sealed class AreaTree
{
    public const string Nation = "ID";

    public AreaTree(IEnumerable<string> provinces, IReadOnlyDictionary<string, string> regencyProvince)
    {
        RegencyProvince = regencyProvince;
        Provinces = [.. provinces.Concat(regencyProvince.Values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Children = Provinces.ToDictionary(p => p, p => (IReadOnlyList<string>)[.. regencyProvince.Where(r => r.Value == p).Select(r => r.Key).Order(StringComparer.Ordinal)],
            StringComparer.Ordinal);
        Children[Nation] = Provinces;
    }

    public IReadOnlyList<string> Provinces { get; }

    public IReadOnlyDictionary<string, string> RegencyProvince { get; }

    private Dictionary<string, IReadOnlyList<string>> Children { get; }

    /// <summary>Every area, the nation first.</summary>
    public IEnumerable<string> All => new[] { Nation }.Concat(Provinces).Concat(RegencyProvince.Keys.Order(StringComparer.Ordinal));

    /// <summary>The areas a regency's figure adds into: itself, its province and the nation.</summary>
    public IEnumerable<string> Ancestry(string regency) =>
        RegencyProvince.TryGetValue(regency, out var province) ? [regency, province, Nation] : [Nation];

    /// <summary>Parent = sum of children, for the nation and every province, with keys made by <paramref name="key"/>.</summary>
    public IEnumerable<Relation> Relations(Func<string, string> key) =>
        Children.Where(c => c.Value.Count > 0).Select(c => new Relation(key(c.Key), [.. c.Value.Select(key)]));
}
