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
    IReadOnlyList<CaseOrigin> Cases);
