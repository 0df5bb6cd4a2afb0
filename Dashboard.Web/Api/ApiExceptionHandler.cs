using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Dashboard.Web.Api;

/// <summary>
/// Turns anything thrown on an /api route into RFC 7807 problem details with the request's correlation id (traceId):
/// a body that cannot be read (malformed JSON, a wrong type, an unknown enum word, a control character) is a 400
/// naming the field and its position; a body over the route's limit is a 413 naming the limit; input that the database
/// itself refuses is a 400; a query that ran out of time, or a database that is down or out of connections, is a 503
/// with a Retry-After hint (the request was fine: asking again later may work); anything else is a 500 without a stack
/// trace. Pages keep their own error page.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // A page's error handler has already pointed the request at its error page: ask where it was going.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!PathString.FromUriComponent(path).StartsWithSegments("/api"))
            return false;
        http.Request.Path = path;
        var problem = Describe(http, exception);
        if (problem.Status >= 500)
            logger.LogError(exception, "Unexpected error on {Method} {Path}", http.Request.Method, path);
        else
            logger.LogInformation("Refused {Method} {Path}: {Title}", http.Request.Method, path, problem.Title);
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    internal static ProblemDetails Describe(HttpContext http, Exception exception)
    {
        var json = Find<JsonException>(exception);
        if (json is not null)
            return Invalid(FieldOf(json.Path), $"{Clean(json.Message)} (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1})",
                "The request body could not be read.");
        if (exception is BadHttpRequestException bad)
        {
            if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
                return new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = limit is { } l ? FormattableString.Invariant($"body: this route takes at most {l:N0} bytes.") : bad.Message,
                    Extensions = { ["errors"] = new Dictionary<string, string[]> { ["body"] = [FormattableString.Invariant($"at most {limit:N0} bytes")] } },
                };
            }
            if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
                return Invalid("Content-Type", $"Content-Type '{http.Request.ContentType}' is not accepted here: send application/json.",
                    "The request body has the wrong content type.", StatusCodes.Status415UnsupportedMediaType);
            return Invalid(ParameterOf(bad.Message) ?? "request", bad.Message, "The request could not be read.", bad.StatusCode);
        }
        if (Find<PostgresException>(exception) is { SqlState: "22021" or "22001" or "22008" or "22003" or "22P02" or "22P05" } pg)
            return Invalid("request", $"the database refused a value: {pg.MessageText}", "The request holds a value that cannot be stored.");
        if (IsUnavailable(exception) is { } reason)
            return new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The server is busy; try again shortly.",
                Detail = FormattableString.Invariant($"{reason} Nothing was changed by this request; retry after {RetryAfterSeconds} seconds."),
            };
        return new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Something went wrong on the server.",
            Detail = "Quote the traceId when you report this.",
        };
    }

    internal const int RetryAfterSeconds = 30;

    /// <summary>Why the database could not answer in time, when that is what happened.</summary>
    internal static string? IsUnavailable(Exception exception)
    {
        if (Find<PostgresException>(exception) is { } pg)
            return pg.SqlState switch
            {
                "57014" => "The query took longer than the server allows.",
                "53300" or "53400" => "The database has no free connection.",
                "57P01" or "57P02" or "57P03" => "The database is restarting.",
                _ when pg.SqlState.StartsWith("08", StringComparison.Ordinal) => "The database connection failed.",
                _ => null,
            };
        if (Find<NpgsqlException>(exception) is not { } npgsql)
            return null;
        if (npgsql.Message.Contains("pool has been exhausted", StringComparison.OrdinalIgnoreCase))
            return "The database has no free connection.";
        if (Find<TimeoutException>(npgsql) is not null)
            return "The query took longer than the server allows.";
        if (Find<System.Net.Sockets.SocketException>(npgsql) is not null)
            return "The database cannot be reached.";
        return null;
    }

    private static ProblemDetails Invalid(string field, string message, string title, int status = StatusCodes.Status400BadRequest) =>
        new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] }) { Status = status, Title = title };

    /// <summary>"$.reports[3].latitude" → "reports[3].latitude"; the whole body is "body".</summary>
    internal static string FieldOf(string? path) =>
        path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Binding messages read 'Failed to bind parameter "int count" from "x".'; the field is the parameter's name.</summary>
    private static string? ParameterOf(string message)
    {
        var start = message.IndexOf('"');
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        if (end < 0)
            return null;
        var declaration = message[(start + 1)..end];
        return declaration[(declaration.LastIndexOf(' ') + 1)..];
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
                return found;
        }
        return null;
    }
}
