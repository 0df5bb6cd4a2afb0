namespace Dashboard.Geo.Screening;

/// <summary>
/// What the officer decided at the checkpoint. A closed list so that figures (delayed departures, potential victims)
/// can be counted the same way at every TPI and crossing.
/// </summary>
public enum ScreeningDisposition
{
    Released,
    /// <summary>Penundaan keberangkatan: the departure is delayed; this is the screening form of an offloading report.</summary>
    DepartureDelayed,
    ReturnedToAreaOfOrigin,
    PotentialVictim,
    HandedToPolice,
}
