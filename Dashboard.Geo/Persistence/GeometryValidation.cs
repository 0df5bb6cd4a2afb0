using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Domain.Villages;
using Dashboard.Geo.Spatial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dashboard.Geo.Persistence;

/// <summary>Refuses to save any added or changed record whose geometry is broken or outside Indonesia.</summary>
internal static class GeometryValidation
{
    public static void ThrowIfInvalid(ChangeTracker tracker)
    {
        var problems = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .SelectMany(e => Check(e.Entity))
            .OfType<GeometryProblem>()
            .ToList();
        if (problems.Count > 0)
            throw new GeometryRejectedException(problems);
    }

    private static IEnumerable<GeometryProblem?> Check(object entity) => entity switch
    {
        BorderCrossing c => [GeometryGuard.Check("Border crossing", c.Code, c.Location)],
        RatRoute r => [GeometryGuard.Check("Rat route", r.LocalName, r.Path)],
        AssistedVillage v => [GeometryGuard.Check("Assisted village", $"{v.Name} ({v.VillageCode})", v.Location)],
        CaseOrigin o => [GeometryGuard.Check("Case origin", o.Reference, o.Location)],
        Domain.Reports.FieldReport r => [GeometryGuard.Check("Field report", r.IdempotencyKey, r.Location)],
        Province p => [GeometryGuard.Check("Province", p.Code, p.Seat), CheckBoundary("Province", p.Code, p.Boundary)],
        Regency r => [GeometryGuard.Check("Regency", r.Code, r.Seat), CheckBoundary("Regency", r.Code, r.Boundary)],
        _ => [],
    };

    private static GeometryProblem? CheckBoundary(string kind, string code, NetTopologySuite.Geometries.Geometry? boundary) =>
        boundary is null ? null : GeometryGuard.Check(kind + " boundary", code, boundary);
}
