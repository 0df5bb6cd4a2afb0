using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>
/// Request body limits per route group: a declared length over the limit is a 413 problem details naming the limit
/// before anything is read; a body that grows past it while being read (chunked) is stopped by the server's own limit,
/// set here per request, and answered the same way by <see cref="ApiExceptionHandler"/>.
/// </summary>
public static class RequestBodyLimits
{
    public const long Default = 1024 * 1024;

    public static TBuilder LimitBody<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));

    public static IApplicationBuilder UseApiBodyLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? Default;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        if (http.Request.ContentLength > limit)
        {
            await Results.Problem(new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["body"] = [FormattableString.Invariant($"the body is {http.Request.ContentLength:N0} bytes; {http.Request.Path} takes at most {limit:N0} bytes.")],
            })
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
            }).ExecuteAsync(http);
            return;
        }
        await next(http);
    });
}
