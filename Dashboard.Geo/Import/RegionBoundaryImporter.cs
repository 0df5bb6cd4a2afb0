using System.Text.RegularExpressions;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Spatial;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Import;

/// <summary>
/// Loads official province and regency boundaries from a GeoJSON FeatureCollection of (Multi)Polygons whose
/// properties carry the Kemendagri `code` ("32" or "32.12") and `name`. Existing regions get the new boundary;
/// unknown ones are added. All or nothing.
/// </summary>
public sealed partial class RegionBoundaryImporter(IDbContextFactory<GeoDbContext> contexts)
{
    public async Task<ImportResult> ImportAsync(Stream geoJson, CancellationToken cancellationToken)
    {
        var (collection, formatProblem) = await GeoJsonFile.ReadAsync(geoJson, cancellationToken);
        if (formatProblem is not null)
            return ImportResult.Rejected([formatProblem]);

        var problems = new List<ImportProblem>();
        var regions = new List<(string Code, string Name, MultiPolygon Boundary)>();
        for (var i = 0; i < collection!.Count; i++)
        {
            if (Read(collection[i], $"features[{i}]", problems) is { } region)
                regions.Add(region);
        }
        foreach (var duplicate in regions.GroupBy(r => r.Code).Where(g => g.Count() > 1))
            problems.Add(new ImportProblem("features", $"Region code {duplicate.Key} appears {duplicate.Count()} times."));
        if (problems.Count > 0)
            return ImportResult.Rejected(problems);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, cancellationToken);
        var regencies = await db.Regencies.ToDictionaryAsync(r => r.Code, cancellationToken);
        foreach (var (code, _, _) in regions.Where(r => r.Code.Length == 5 && !provinces.ContainsKey(r.Code[..2]) && !regions.Any(p => p.Code == r.Code[..2])))
            problems.Add(new ImportProblem("features", $"Regency {code} belongs to province {code[..2]}, which is neither stored nor in the file."));
        if (problems.Count > 0)
            return ImportResult.Rejected(problems);

        int created = 0, updated = 0;
        foreach (var (code, name, boundary) in regions.OrderBy(r => r.Code.Length))
        {
            var seat = (Point)boundary.InteriorPoint;
            seat.SRID = Geometries.Wgs84;
            if (code.Length == 2 && provinces.TryGetValue(code, out var province)) { (province.Boundary, province.Name) = (boundary, name); updated++; }
            else if (code.Length == 2) { db.Provinces.Add(new Province { Code = code, Name = name, Seat = seat, Boundary = boundary }); created++; }
            else if (regencies.TryGetValue(code, out var regency)) { (regency.Boundary, regency.Name) = (boundary, name); updated++; }
            else { db.Regencies.Add(new Regency { Code = code, ProvinceCode = code[..2], Name = name, Seat = seat, Boundary = boundary }); created++; }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(created, updated, []);
    }

    private static (string, string, MultiPolygon)? Read(IFeature feature, string at, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var code = GeoJsonFile.Text(feature.Attributes, "code");
        var name = GeoJsonFile.Text(feature.Attributes, "name");
        if (code is null || !RegionCode().IsMatch(code))
            problems.Add(new ImportProblem($"{at}.properties.code", $"code '{code}' must be a Kemendagri province code (\"32\") or regency code (\"32.12\")."));
        if (string.IsNullOrEmpty(name))
            problems.Add(new ImportProblem($"{at}.properties.name", "name is required."));
        var label = code ?? at;
        MultiPolygon? boundary = feature.Geometry switch
        {
            MultiPolygon m => m,
            Polygon p => Geometries.Factory.CreateMultiPolygon([p]),
            _ => null,
        };
        if (boundary is null)
            problems.Add(new ImportProblem($"{at}.geometry", $"Region '{label}': expected a Polygon or MultiPolygon, got {feature.Geometry?.GeometryType ?? "no geometry"}."));
        else if (GeometryGuard.Check("Region boundary", label, boundary) is { } geometryProblem)
            problems.Add(new ImportProblem($"{at}.geometry", geometryProblem.Message));
        return problems.Count > before ? null : (code!, name!, boundary!);
    }

    [GeneratedRegex(@"^\d{2}(\.\d{2})?$")]
    private static partial Regex RegionCode();
}
