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
    /// After routing and authorization: the cross-site guard on every path (stricter on /api), after sign-in is checked
    /// so a request without one is told 401, not 403; and the body limits on /api, which read the endpoint's own limit
    /// that only routing knows.
    /// </summary>
    public static WebApplication UseApiRequestGuards(this WebApplication app)
    {
        app.UseCrossSiteGuard();
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseApiBodyLimits());
        return app;
    }
}
