using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dashboard.Geo.Persistence;

/// <summary>The one place the geo database is registered, for the web app and the worker alike.</summary>
public static class GeoDatabaseRegistration
{
    public static IServiceCollection AddGeoDatabase(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite().Build());
        services.AddDbContextFactory<GeoDbContext>(o => o.UseGeoDatabase(connectionString));
        services.AddSingleton<Territory.IndonesiaTerritorySource>();
        services.AddSingleton<Offices.WorkingAreas>();
        return services;
    }
}
