using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Spatial;
using Dashboard.Geo.Territory;
using Dashboard.Geo.Travel;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Import;

/// <summary>
/// Adds rat routes from a GeoJSON FeatureCollection of LineStrings. All or nothing: one bad feature and no route
/// is stored, so an officer can fix the file and send it again without creating duplicates.
/// Properties: name (required), mode (LandPath|SeaLane|River), activity (Dormant|Low|Medium|High),
/// confidence (Unconfirmed|Probable|Confirmed), lastObserved (yyyy-MM-dd), source.
/// </summary>
public sealed class RatRouteImporter(IDbContextFactory<GeoDbContext> contexts, TravelNetworkBuilder network, IndonesiaTerritorySource territory)
{
    public async Task<ImportResult> ImportAsync(Stream geoJson, string defaultSource, CancellationToken cancellationToken)
    {
        var inside = await territory.GetAsync(cancellationToken);
        var (routes, problems) = await GeoJsonFile.ReadFeaturesAsync(geoJson,
            (feature, at, problems) => ReadRoute(feature, at, defaultSource, inside, problems) is { } route ? [route] : Array.Empty<RatRoute>(), cancellationToken);
        if (problems.Count > 0)
            return ImportResult.Rejected(problems);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.RatRoutes.AddRange(routes);
        await db.SaveChangesAsync(cancellationToken);
        await NearestCrossingAssignment.AssignAsync(db, routes.Select(r => r.Id).ToList(), cancellationToken);
        // Rat routes are ways too: a patrol can walk a footpath or take a boat up a river.
        await network.RebuildAsync(cancellationToken);
        return new ImportResult(routes.Count, 0, []);
    }

    private static RatRoute? ReadRoute(IFeature feature, string at, string defaultSource, IndonesiaTerritory? inside, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var name = GeoJsonFile.Text(feature.Attributes, "name");
        if (string.IsNullOrEmpty(name))
            problems.Add(new ImportProblem($"{at}.properties.name", "name is required: the route's local name."));
        else if (name.Length > RatRoute.MaxNameLength)
            problems.Add(new ImportProblem($"{at}.properties.name", FormattableString.Invariant($"name is {name.Length:N0} characters long; at most {RatRoute.MaxNameLength}.")));
        var label = string.IsNullOrEmpty(name) ? at : name[..Math.Min(name.Length, 80)];

        if (feature.Geometry is not LineString line)
            problems.Add(new ImportProblem($"{at}.geometry", $"Rat route '{label}': expected a LineString, got {feature.Geometry?.GeometryType ?? "no geometry"}."));
        else if (GeometryGuard.Check("Rat route", label, line, inside) is { } geometryProblem)
            problems.Add(new ImportProblem($"{at}.geometry", geometryProblem.Message));

        var mode = ImportEnum.Read(feature.Attributes, "mode", RouteMode.LandPath, at, problems);
        var activity = ImportEnum.Read(feature.Attributes, "activity", ActivityLevel.Low, at, problems);
        var confidence = ImportEnum.Read(feature.Attributes, "confidence", Confidence.Unconfirmed, at, problems);
        var lastObserved = ImportDate.Read(feature.Attributes, "lastObserved", at, problems);
        if (problems.Count > before)
            return null;

        return new RatRoute
        {
            LocalName = name!,
            Path = (LineString)feature.Geometry!,
            Mode = mode,
            Activity = activity,
            Confidence = confidence,
            LastObserved = lastObserved ?? DateOnly.FromDateTime(DateTime.UtcNow),
            Source = GeoJsonFile.Text(feature.Attributes, "source") is { Length: > 0 and <= RatRoute.MaxNameLength } source ? source : defaultSource,
        };
    }
}
