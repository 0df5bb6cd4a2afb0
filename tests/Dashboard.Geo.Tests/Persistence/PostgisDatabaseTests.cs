using Dashboard.Testing;
using Npgsql;

namespace Dashboard.Geo.Tests.Persistence;

/// <summary>The test database every integration test stands on: fresh, with PostGIS, private, gone afterwards.</summary>
public sealed class PostgisDatabaseTests
{
    [Fact]
    public async Task CreateAsync_GivesAnEmptyDatabaseWithPostGis()
    {
        await using var database = await PostgisDatabase.CreateAsync();

        Assert.StartsWith("3.", await ScalarAsync<string>(database.ConnectionString, "SELECT postgis_lib_version()"));
        Assert.Equal(0L, await ScalarAsync<long>(database.ConnectionString,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'public')"));
    }

    [Fact]
    public async Task CreateAsync_Twice_GivesDatabasesThatDoNotSeeEachOther()
    {
        await using var first = await PostgisDatabase.CreateAsync();
        await using var second = await PostgisDatabase.CreateAsync();

        await ScalarAsync<int>(first.ConnectionString, "CREATE TABLE only_here (id int); SELECT 1");

        Assert.NotEqual(first.Name, second.Name);
        Assert.Null(await ScalarAsync<string>(second.ConnectionString, "SELECT to_regclass('only_here')::text"));
    }

    [Fact]
    public async Task DisposeAsync_DropsTheDatabase_EvenWithAConnectionStillOpen()
    {
        var database = await PostgisDatabase.CreateAsync();
        await using var forgotten = new NpgsqlConnection(database.ConnectionString);
        await forgotten.OpenAsync();

        await database.DisposeAsync();

        var admin = await PostgisCluster.AdminConnectionStringAsync();
        Assert.Equal(0L, await ScalarAsync<long>(admin, $"SELECT count(*) FROM pg_database WHERE datname = '{database.Name}'"));
    }

    private static async Task<T?> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }
}
