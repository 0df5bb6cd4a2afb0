namespace Dashboard.Geo.Disclosure;

/// <summary>The classes risk is published in for readers of aggregates (rendah, sedang, tinggi, sangat tinggi).</summary>
public enum RiskClass
{
    Low,
    Moderate,
    High,
    VeryHigh,
}
