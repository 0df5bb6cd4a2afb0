namespace Dashboard.Geo.Disclosure;

/// <summary>What a published count counts. Cases, victims and minors are people and are hidden together.</summary>
public enum Measure
{
    Cases,
    Victims,
    Minors,
    Reports,
    Offloadings,
}
