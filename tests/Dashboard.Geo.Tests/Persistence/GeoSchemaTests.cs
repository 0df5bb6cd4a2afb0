using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Persistence.Configurations;
using Dashboard.Geo.Spatial;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Geo.Tests.Persistence;

public sealed class GeoSchemaTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.MigrateGeoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Migrations_CreateGistIndexesOnEveryGeometry()
    {
        await using var db = database.CreateGeoContext();

        var indexed = await db.Database
            .SqlQueryRaw<string>("SELECT tablename || '.' || indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = 'geo' AND indexdef LIKE '%USING gist%'")
            .ToListAsync();

        foreach (var (table, column) in new[]
                 {
                     ("border_crossings", "location"), ("rat_routes", "path"), ("assisted_villages", "location"),
                     ("case_origins", "location"), ("provinces", "boundary"), ("regencies", "boundary"),
                 })
            Assert.Contains(indexed, d => d.StartsWith(table + ".", StringComparison.Ordinal) && d.Contains($"gist ({column})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrations_SeedTheModusOperandiList()
    {
        await using var db = database.CreateGeoContext();

        var codes = await db.ModiOperandi.Select(m => m.Code).ToListAsync();

        Assert.Contains(ModusOperandiCatalogue.OnlineScamJob, codes);
        Assert.Contains(ModusOperandiCatalogue.NonProceduralMigrantWorker, codes);
    }

    [Fact]
    public async Task SaveChanges_RatRouteWithBrokenLine_IsRefusedNamingTheRoute()
    {
        await using var db = database.CreateGeoContext();
        db.RatRoutes.Add(Route("Jalur Rusak Sekayam", Geometries.Line((110.3, 1.0), (110.3, 1.0))));

        var error = await Assert.ThrowsAsync<GeometryRejectedException>(() => db.SaveChangesAsync());

        var problem = Assert.Single(error.Problems);
        Assert.Equal(GeometryProblemKind.Invalid, problem.Kind);
        Assert.StartsWith("Rat route 'Jalur Rusak Sekayam': LineString is not valid", error.Message);
        await using var check = database.CreateGeoContext();
        Assert.False(await check.RatRoutes.AnyAsync(r => r.LocalName == "Jalur Rusak Sekayam"));
    }

    [Fact]
    public async Task SaveChanges_CaseOriginInSydney_IsRefusedAsOutsideIndonesia()
    {
        await using var db = database.CreateGeoContext();
        var origin = new CaseOrigin
        {
            Reference = "LP/B/77/2025",
            Location = Geometries.Point(151.2093, -33.8688),
            ProvinceCode = "32",
            RegencyCode = "32.12",
            ModusOperandiCode = ModusOperandiCatalogue.WrongVisa,
            DestinationCountry = "AU",
            ReportingAgency = "Polri",
        };
        db.CaseOrigins.Add(origin);

        var error = await Assert.ThrowsAsync<GeometryRejectedException>(() => db.SaveChangesAsync());

        Assert.Contains("Case origin 'LP/B/77/2025': coordinate (lon 151.2093, lat -33.8688) lies outside Indonesia", error.Message);
    }

    [Fact]
    public async Task Database_RefusesAnInvalidBoundaryWrittenAroundTheApplication()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO geo.provinces (code, name, seat, boundary)
            VALUES ('99', 'Bow tie', ST_SetSRID(ST_MakePoint(110.5, 0.2), 4326),
                    ST_Multi(ST_GeomFromText('POLYGON((110 0, 111 1, 111 0, 110 1, 110 0))', 4326)))
            """, connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal("ck_provinces_boundary_valid", error.ConstraintName);
    }

    [Fact]
    public async Task SaveChanges_ValidRecords_RoundTripTheirGeometry()
    {
        await using (var db = database.CreateGeoContext())
        {
            db.Provinces.Add(new Province { Code = "61", Name = "Kalimantan Barat", Seat = Geometries.Point(109.3333, -0.0263) });
            db.RatRoutes.Add(Route("Jalur Sungai Sekayam", Geometries.Line((110.35, 0.95), (110.40, 1.02), (110.45, 1.10))));
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateGeoContext();
        var route = await read.RatRoutes.SingleAsync(r => r.LocalName == "Jalur Sungai Sekayam");
        Assert.Equal(3, route.Path.NumPoints);
        Assert.Equal(4326, route.Path.SRID);
        Assert.Equal(110.45, route.Path.EndPoint.X, 9);
    }

    private static RatRoute Route(string name, NetTopologySuite.Geometries.LineString path) => new()
    {
        LocalName = name,
        Path = path,
        Mode = RouteMode.River,
        Activity = ActivityLevel.Medium,
        Confidence = Confidence.Probable,
        LastObserved = new DateOnly(2026, 10, 1),
        Source = "Uji",
    };
}
