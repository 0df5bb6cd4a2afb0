using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Testing;

/// <summary>
/// A fresh, uniquely named database with PostGIS on the test server, dropped on dispose. Test classes get one through
/// <see cref="PostgisDatabaseFixture"/>; a test that needs a database of its own can create one directly.
/// </summary>
/// <example><code>
/// await using var database = await PostgisDatabase.CreateAsync();
/// await database.MigrateGeoAsync();
/// await using var db = database.CreateGeoContext();
/// </code></example>
public sealed class PostgisDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private PostgisDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The database's name: "test_" and a GUID, so parallel classes and processes never collide.</summary>
    public string Name { get; }

    /// <summary>Superuser connection to this database, with error details included in exceptions.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgisDatabase> CreateAsync()
    {
        var admin = await PostgisCluster.AdminConnectionStringAsync();
        var database = new PostgisDatabase(admin, $"test_{Guid.NewGuid():N}");
        await PostgisCluster.ExecuteAsync(admin, $"CREATE DATABASE {database.Name}");
        await PostgisCluster.ExecuteAsync(database.ConnectionString, "CREATE EXTENSION IF NOT EXISTS postgis");
        return database;
    }

    /// <summary>Applies Dashboard.Geo's migrations, as the app does at start-up; returns the connection string.</summary>
    public async Task<string> MigrateGeoAsync()
    {
        await using var db = CreateGeoContext();
        await HistoryTableFirst.MigrateAsync(db);
        return ConnectionString;
    }

    /// <summary>A GeoDbContext configured exactly as the app configures it (NetTopologySuite, geometry guard).</summary>
    public GeoDbContext CreateGeoContext() =>
        new(new DbContextOptionsBuilder<GeoDbContext>().UseGeoDatabase(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        // Idle pooled connections would hold the database open; FORCE ends whatever else still uses it.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        await PostgisCluster.ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
