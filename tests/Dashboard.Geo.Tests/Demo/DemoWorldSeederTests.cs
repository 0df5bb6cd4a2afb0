using Dashboard.Demo;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Geo.Tests.Demo;

public sealed class DemoWorldSeederTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>
{
    [Fact]
    public async Task SeedIfEmpty_WritesTheWholeWorld_ThenRefusesToSeedTwice()
    {
        await database.MigrateGeoAsync();
        var world = DemoWorldGenerator.Generate(new DemoWorldOptions(3, DemoSize.Default, DemoWorldOptions.DefaultToday));
        await using var dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString).UseNetTopologySuite().Build();
        var seeder = new DemoWorldSeeder(dataSource);

        Assert.True(await seeder.SeedIfEmptyAsync(world, CancellationToken.None));
        Assert.False(await seeder.SeedIfEmptyAsync(world, CancellationToken.None));

        await using var db = database.CreateGeoContext();
        Assert.Equal(world.Cases.Count, await db.CaseOrigins.CountAsync());
        Assert.Equal(world.Cases.Sum(c => c.Victims.Count), await db.CaseOrigins.SelectMany(c => c.Victims).CountAsync());
        Assert.Equal(world.RatRoutes.Count, await db.RatRoutes.CountAsync());
        Assert.Equal(world.Villages.Sum(v => v.OutreachSessions.Count), await db.OutreachSessions.CountAsync());
        var entikong = await db.BorderCrossings.SingleAsync(c => c.Code == "ENT");
        Assert.Equal(110.36, entikong.Location.X, 2);
        // Sequences continue after the seeded ids, so new records do not collide.
        var next = await db.Database.SqlQueryRaw<long>("SELECT nextval(pg_get_serial_sequence('geo.case_origins', 'id')) AS \"Value\"").SingleAsync();
        Assert.Equal(world.Cases.Max(c => c.Id) + 1, next);
    }
}
