using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Persistence;

public static class GeoDatabaseOptions
{
    public const string MigrationsHistoryTable = "__geo_migrations";

    /// <summary>Npgsql with NetTopologySuite, migrations kept in this assembly under the geo schema.</summary>
    public static DbContextOptionsBuilder UseGeoDatabase(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
            .UseNetTopologySuite()
            .MigrationsHistoryTable(MigrationsHistoryTable, GeoDbContext.Schema)
            .MigrationsAssembly(typeof(GeoDbContext).Assembly.GetName().Name));

    public static DbContextOptionsBuilder<GeoDbContext> UseGeoDatabase(this DbContextOptionsBuilder<GeoDbContext> builder, string connectionString)
    {
        ((DbContextOptionsBuilder)builder).UseGeoDatabase(connectionString);
        return builder;
    }
}
