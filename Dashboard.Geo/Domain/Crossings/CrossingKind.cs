namespace Dashboard.Geo.Domain.Crossings;

/// <summary>The three kinds of official immigration checkpoint (TPI) and land border post (PLBN).</summary>
public enum CrossingKind
{
    Airport = 1,
    Seaport = 2,
    LandBorderPost = 3,
}
