using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Queries.Disclosure;

namespace Dashboard.Web.Disclosure;

/// <summary>One ISO year's published figures and the partition they are published on.</summary>
public sealed record DisclosedYear(int Year, DisclosureCube Cube, AreaTree Tree, IReadOnlyDictionary<string, DisclosedArea> Areas);
