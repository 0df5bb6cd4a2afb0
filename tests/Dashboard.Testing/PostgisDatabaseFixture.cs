using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Dashboard.Testing;

/// <summary>
/// A fresh database with PostGIS for one test class (use as IClassFixture), dropped afterwards.
/// </summary>
public sealed class PostgisDatabaseFixture : IAsyncLifetime
{
    private string _adminConnectionString = "";

    public string Name { get; } = $"test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _adminConnectionString = await PostgisCluster.AdminConnectionStringAsync();
        await PostgisCluster.ExecuteAsync(_adminConnectionString, $"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = Name }.ConnectionString;
        await PostgisCluster.ExecuteAsync(ConnectionString, "CREATE EXTENSION IF NOT EXISTS postgis");
    }

    /// <summary>Applies Dashboard.Geo's migrations, as the app does at start-up.</summary>
    public async Task MigrateGeoAsync()
    {
        await using var db = CreateGeoContext();
        await db.Database.MigrateAsync();
    }

    public GeoDbContext CreateGeoContext() =>
        new(new DbContextOptionsBuilder<GeoDbContext>().UseGeoDatabase(ConnectionString).Options);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgisCluster.ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
