using Dashboard.Jobs.Settings;
using Dashboard.Web.Map;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Map;

public static class MapRegistration
{
    /// <summary>The map page's services: optional tiles from configuration "Map", place search and record details.</summary>
    public static WebApplicationBuilder AddDashboardMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<MapTileOptions>(builder.Configuration, MapTileOptions.Section);
        // TryAdd: a host or a test that registered its own implementation first keeps it.
        builder.Services.TryAddScoped<IPlaceSearch, PlaceNameSearch>();
        builder.Services.TryAddScoped<IFeatureDetailsSource, FeatureDetailsSource>();
        builder.Services.TryAddScoped<RiskRunSelection>();
        builder.Services.TryAddScoped<RiskCellDetails>();
        return builder;
    }
}
