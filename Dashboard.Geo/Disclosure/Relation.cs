namespace Dashboard.Geo.Disclosure;

/// <summary>A published total and the published parts it is the sum of (a province and its regencies, a quarter and its weeks).</summary>
public sealed record Relation(string Total, IReadOnlyList<string> Parts);
