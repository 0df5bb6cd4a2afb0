using Dashboard.Geo.Persistence;
using Xunit;

namespace Dashboard.Testing;

/// <summary>
/// One <see cref="PostgisDatabase"/> per test class: `IClassFixture&lt;PostgisDatabaseFixture&gt;`, then take it in
/// the constructor. Created before the class's first test, dropped after its last.
/// </summary>
public sealed class PostgisDatabaseFixture : IAsyncLifetime
{
    private PostgisDatabase? _database;

    private PostgisDatabase Database =>
        _database ?? throw new InvalidOperationException("The database exists only between InitializeAsync and DisposeAsync.");

    public string Name => Database.Name;

    public string ConnectionString => Database.ConnectionString;

    public async Task InitializeAsync() => _database = await PostgisDatabase.CreateAsync();

    /// <inheritdoc cref="PostgisDatabase.MigrateGeoAsync"/>
    public Task<string> MigrateGeoAsync() => Database.MigrateGeoAsync();

    /// <inheritdoc cref="PostgisDatabase.CreateGeoContext"/>
    public GeoDbContext CreateGeoContext() => Database.CreateGeoContext();

    public async Task DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
