using Dashboard.Geo.Gazetteer;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Geo.Tests.Gazetteer;

/// <summary>Loading releases of the list on real PostGIS: a newer one upserts by code and retires, never deletes.</summary>
public sealed class GazetteerLoaderTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>, IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gazetteer-test-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await database.MigrateGeoAsync();
        _dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString).UseNetTopologySuite().Build();
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task LoadingANewerRelease_RenamesAndRetires_AndAnOlderOneIsIgnored()
    {
        var loader = new GazetteerLoader(_dataSource);
        var first = await loader.LoadIfNewerAsync(Release("1.0.0", villages: ["61.05.01.2001,61.05.01,Entikong", "61.05.01.2002,61.05.01,Semanget"]), default);
        var again = await loader.LoadIfNewerAsync(Release("1.0.0", villages: ["61.05.01.2001,61.05.01,Entikong"]), default);
        var second = await loader.LoadIfNewerAsync(Release("1.2.0", villages: ["61.05.01.2001,61.05.01,Entikong Baru", "61.05.01.2003,61.05.01,Nekan"]), default);
        var older = await loader.LoadIfNewerAsync(Release("1.1.9", villages: []), default);

        Assert.NotNull(first);
        Assert.Equal(6, first.Areas); // province, regency, district, two villages, one island
        Assert.Null(again);
        Assert.NotNull(second);
        Assert.Equal(1, second.Added);
        Assert.Equal(1, second.Retired);
        Assert.Null(older);
        await using var db = database.CreateGeoContext();
        var areas = await db.GazetteerAreas.ToDictionaryAsync(a => a.Code);
        Assert.Equal("Entikong Baru", areas["61.05.01.2001"].Name);
        Assert.Equal("1.0.0", areas["61.05.01.2001"].FirstRelease);
        Assert.Equal("1.2.0", areas["61.05.01.2002"].RetiredInRelease);
        Assert.Null(areas["61.05.01.2003"].RetiredInRelease);
        var island = areas["61.05.40001"];
        Assert.Equal(GazetteerLevel.Island, island.Level);
        Assert.True(island.IsOutermostSmall);
        Assert.Equal(109.5, island.Location!.X, 3);
        Assert.Equal(-(1 + 30.0 / 60), island.Location.Y, 3);
    }

    [Fact]
    public void Dms_ReadsTheListsNotation()
    {
        var at = DmsCoordinate.Parse("03°19'03.44\" N 097°07'41.73\" E");

        Assert.NotNull(at);
        Assert.Equal(97 + 7 / 60.0 + 41.73 / 3600, at.Value.Longitude, 6);
        Assert.Equal(3 + 19 / 60.0 + 3.44 / 3600, at.Value.Latitude, 6);
        Assert.Null(DmsCoordinate.Parse("somewhere"));
    }

    private GazetteerFiles Release(string version, string[] villages)
    {
        var dir = Path.Combine(_root, version + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "package.json"), $$"""{"name":"idn-area-data","version":"{{version}}"}""");
        File.WriteAllText(Path.Combine(dir, "provinces.csv"), "code,name\n61,Kalimantan Barat\n");
        File.WriteAllText(Path.Combine(dir, "regencies.csv"), "code,province_code,name\n61.05,61,Kabupaten Sanggau\n");
        File.WriteAllText(Path.Combine(dir, "districts.csv"), "code,regency_code,name\n61.05.01,61.05,Entikong\n");
        File.WriteAllText(Path.Combine(dir, "villages.csv"), "code,district_code,name\n" + string.Join('\n', villages) + "\n");
        File.WriteAllText(Path.Combine(dir, "islands.csv"),
            "code,regency_code,coordinate,is_populated,is_outermost_small,name\n61.05.40001,61.05,\"01°30'00.00\"\" S 109°30'00.00\"\" E\",0,1,Pulau Uji\n");
        return new GazetteerFiles(dir);
    }
}
