using System.Diagnostics;
using Dashboard.Geo.Spatial;
using Npgsql;

namespace Dashboard.Demo;

/// <summary>
/// Writes a generated world into an empty geo schema with PostgreSQL's binary COPY, in one transaction: a Large world
/// (100,000 cases) loads in seconds, and a failure leaves the database as empty as it was.
/// </summary>
public sealed class DemoWorldSeeder(NpgsqlDataSource dataSource)
{
    /// <summary>Seeds when the geo tables are empty; returns false, writing nothing, when they hold data.</summary>
    public async Task<bool> SeedIfEmptyAsync(DemoWorld world, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var check = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM geo.provinces) OR EXISTS (SELECT 1 FROM geo.case_origins) OR EXISTS (SELECT 1 FROM geo.border_crossings)", connection))
        {
            if ((bool)(await check.ExecuteScalarAsync(cancellationToken))!)
                return false;
        }
        ThrowIfAnyGeometryIsBad(world);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await DemoWorldCopy.WriteAsync(connection, world, cancellationToken);
        foreach (var table in new[] { "border_crossings", "rat_routes", "assisted_villages", "outreach_sessions", "case_origins", "case_victim_groups" })
        {
            await using var reset = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('geo.{table}', 'id'), GREATEST((SELECT max(id) FROM geo.{table}), 1))", connection, transaction);
            await reset.ExecuteScalarAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        await using (var analyze = new NpgsqlCommand("ANALYZE geo.case_origins; ANALYZE geo.rat_routes; ANALYZE geo.assisted_villages;", connection))
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <summary>COPY bypasses GeoDbContext's checks, so the same guard runs here first.</summary>
    private static void ThrowIfAnyGeometryIsBad(DemoWorld world)
    {
        var problems = world.Crossings.Select(c => GeometryGuard.Check("Border crossing", c.Code, c.Location))
            .Concat(world.RatRoutes.Select(r => GeometryGuard.Check("Rat route", r.LocalName, r.Path)))
            .Concat(world.Villages.Select(v => GeometryGuard.Check("Assisted village", v.VillageCode, v.Location)))
            .Concat(world.Cases.Select(c => GeometryGuard.Check("Case origin", c.Reference, c.Location)))
            .Concat(world.Provinces.Select(p => GeometryGuard.Check("Province", p.Code, p.Seat)))
            .Concat(world.Regencies.Select(r => GeometryGuard.Check("Regency", r.Code, r.Seat)))
            .OfType<GeometryProblem>()
            .ToList();
        if (problems.Count > 0)
            throw new GeometryRejectedException(problems);
    }

    /// <summary>Generates and seeds, logging through the callback how long each took.</summary>
    public async Task<bool> GenerateAndSeedIfEmptyAsync(DemoWorldOptions options, Action<string> log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var world = DemoWorldGenerator.Generate(options);
        var generated = clock.Elapsed;
        var seeded = await SeedIfEmptyAsync(world, cancellationToken);
        log(seeded
            ? $"Seeded the {options.Size} demo world (seed {options.Seed}): {world.Cases.Count} cases, {world.RatRoutes.Count} rat routes, " +
              $"{world.Villages.Count} villages, {world.Crossings.Count} crossings; generated in {generated.TotalSeconds:0.0} s, written in {(clock.Elapsed - generated).TotalSeconds:0.0} s"
            : "The database already holds data; the demo world was not seeded");
        return seeded;
    }
}
