using Dashboard.Geo.Disclosure;

namespace Dashboard.Web.RiskMap;

/// <summary>A province or regency of the published run, as readers of aggregates see it: rounded, classed, no change.</summary>
public sealed record PublishedRegionRisk(string Level, string Code, string Name, double MeanScore, RiskClass Class, int HotCells, IReadOnlyList<string> Drivers);
