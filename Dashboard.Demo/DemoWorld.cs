using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Domain.Villages;

namespace Dashboard.Demo;

/// <summary>A generated world with ids already assigned, ready to be written in one go.</summary>
public sealed record DemoWorld(
    IReadOnlyList<Province> Provinces,
    IReadOnlyList<Regency> Regencies,
    IReadOnlyList<BorderCrossing> Crossings,
    IReadOnlyList<RatRoute> RatRoutes,
    IReadOnlyList<AssistedVillage> Villages,
    IReadOnlyList<CaseOrigin> Cases)
{
    /// <summary>
    /// What the generator knows and a forecaster cannot: each origin village's expected share of the cases of a window
    /// [from, to), up to a common factor (null for the steady world, whose weights do not move).
    /// </summary>
    public Func<DateOnly, DateOnly, IReadOnlyList<(double Longitude, double Latitude, double Expected)>>? TrueIntensity { get; init; }
}
