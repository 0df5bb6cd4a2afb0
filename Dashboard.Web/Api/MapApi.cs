namespace Dashboard.Web.Api;

public static class MapApi
{
    public static WebApplicationBuilder AddMapApi(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapMapApi(this WebApplication app) => app;
}
