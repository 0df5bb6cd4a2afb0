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

    /// <summary>
    /// Before everything else on /api: the exception handler, the query string guard and the body limits; on every path
    /// the cross-site guard (stricter on /api).
    /// </summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.UseApiQueryStringGuard();
        });
        app.UseCrossSiteGuard();
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseApiBodyLimits());
        return app;
    }
}
