using Dashboard.Geo.Domain.Travel;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Spatial;
using Dashboard.Geo.Travel;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;

namespace Dashboard.Geo.Import;

/// <summary>
/// Adds roads, tracks and ferry lanes from a GeoJSON FeatureCollection of LineStrings or MultiLineStrings (each part
/// becomes a way), then rebuilds the travel network. All or nothing, like the other imports. A way already stored with
/// the same kind and the same line is left as it is, so sending a file twice adds nothing.
/// Properties: name, kind (Road|Track|Ferry). Without kind, OpenStreetMap's tags decide: route=ferry is a ferry lane,
/// highway=track|path|footway|bridleway a track, any other highway a road.
/// </summary>
public sealed class TravelWayImporter(IDbContextFactory<GeoDbContext> contexts, TravelNetworkBuilder network, Territory.IndonesiaTerritorySource territory)
{
    private static readonly HashSet<string> OsmTracks = new(StringComparer.OrdinalIgnoreCase) { "track", "path", "footway", "bridleway" };

    public async Task<ImportResult> ImportAsync(Stream geoJson, string defaultSource, CancellationToken cancellationToken)
    {
        var inside = await territory.GetAsync(cancellationToken);
        var (ways, problems) = await GeoJsonFile.ReadFeaturesAsync(geoJson,
            (feature, at, problems) => ReadWays(feature, at, defaultSource, inside, problems), cancellationToken);
        if (problems.Count > 0)
            return ImportResult.Rejected(problems);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await StoredAsync(db, ways, cancellationToken);
        var seen = new HashSet<(TravelWayKind, string)>();
        var fresh = ways.Where((w, i) => !stored.Contains(i) && seen.Add((w.Kind, w.Path.AsText()))).ToList();
        db.TravelWays.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        if (fresh.Count > 0)
            await network.RebuildAsync(cancellationToken);
        return new ImportResult(fresh.Count, 0, []) { Unchanged = ways.Count - fresh.Count };
    }

    /// <summary>Indexes of the ways already stored with the same kind and the same vertices in the same order.</summary>
    private static async Task<HashSet<int>> StoredAsync(GeoDbContext db, List<TravelWay> ways, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT u.n - 1 FROM unnest(@paths, @kinds) WITH ORDINALITY AS u(wkb, kind, n)
            CROSS JOIN LATERAL (SELECT ST_GeomFromWKB(u.wkb, 4326) AS path) p
            WHERE EXISTS (SELECT 1 FROM geo.travel_ways w WHERE w.kind = u.kind AND w.path && p.path AND ST_OrderingEquals(w.path, p.path))
            """, connection);
        var writer = new WKBWriter();
        command.Parameters.AddWithValue("paths", ways.Select(w => writer.Write(w.Path)).ToArray());
        command.Parameters.AddWithValue("kinds", ways.Select(w => (int)w.Kind).ToArray());
        var stored = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            stored.Add((int)reader.GetInt64(0));
        return stored;
    }

    private static IEnumerable<TravelWay> ReadWays(IFeature feature, string at, string defaultSource, Territory.IndonesiaTerritory? inside, List<ImportProblem> problems)
    {
        var name = GeoJsonFile.Text(feature.Attributes, "name");
        var label = string.IsNullOrEmpty(name) ? at : name[..Math.Min(name.Length, 80)];
        var lines = feature.Geometry switch
        {
            LineString line => [line],
            MultiLineString multi => multi.Geometries.Cast<LineString>().ToList(),
            _ => (List<LineString>?)null,
        };
        if (lines is null)
        {
            problems.Add(new ImportProblem($"{at}.geometry", $"Way '{label}': expected a LineString or MultiLineString, got {feature.Geometry?.GeometryType ?? "no geometry"}."));
            return [];
        }
        var before = problems.Count;
        foreach (var line in lines)
        {
            if (GeometryGuard.Check("Way", label, line, inside) is { } geometryProblem)
                problems.Add(new ImportProblem($"{at}.geometry", geometryProblem.Message));
        }
        var kind = KindOf(feature.Attributes, at, problems);
        if (name is { Length: > 200 })
            problems.Add(new ImportProblem($"{at}.properties.name", $"name is {name.Length} characters long; at most 200."));
        if (problems.Count > before)
            return [];
        var source = GeoJsonFile.Text(feature.Attributes, "source") is { Length: > 0 and <= 200 } given ? given : defaultSource;
        return lines.Select(line => new TravelWay { Name = string.IsNullOrEmpty(name) ? null : name, Kind = kind, Source = source, Path = line });
    }

    private static TravelWayKind KindOf(IAttributesTable? attributes, string at, List<ImportProblem> problems)
    {
        if (!string.IsNullOrEmpty(GeoJsonFile.Text(attributes, "kind")))
            return ImportEnum.Read(attributes, "kind", TravelWayKind.Road, at, problems);
        if (string.Equals(GeoJsonFile.Text(attributes, "route"), "ferry", StringComparison.OrdinalIgnoreCase))
            return TravelWayKind.Ferry;
        return OsmTracks.Contains(GeoJsonFile.Text(attributes, "highway") ?? "") ? TravelWayKind.Track : TravelWayKind.Road;
    }
}
