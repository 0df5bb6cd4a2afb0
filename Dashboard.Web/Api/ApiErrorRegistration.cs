namespace Dashboard.Web.Api;

/// <summary>Bad input on an /api route is a 4xx problem details naming the field; anything unexpected a 500 with a traceId.</summary>
public static class ApiErrorRegistration
{
    public static WebApplicationBuilder AddApiErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures throw, so the handler can name the field and position instead of a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new SafeTextConverter()));
        return builder;
    }

    /// <summary>Before everything else on /api: the exception handler and the query string guard.</summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.UseApiQueryStringGuard();
        });
        return app;
    }

    /// <summary>
    /// After routing and authorization on /api: the body limits read the endpoint's own limit, which only routing knows;
    /// the cross-site guard comes after sign-in is checked, so a request without one is told 401, not 403.
    /// </summary>
    public static WebApplication UseApiRequestGuards(this WebApplication app)
    {
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseApiCrossSiteGuard();
            api.UseApiBodyLimits();
        });
        return app;
    }
}
