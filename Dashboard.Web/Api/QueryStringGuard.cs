using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>
/// Refuses an /api request whose query string holds a NUL or control character (after decoding), or a parameter longer
/// than 2,000 characters, naming the parameter: such a value never reaches a query.
/// </summary>
public static class QueryStringGuard
{
    public const int MaxValueLength = 2000;

    public static IApplicationBuilder UseApiQueryStringGuard(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        foreach (var (name, values) in http.Request.Query)
        {
            foreach (var value in values)
            {
                string? problem = null;
                if (SafeText.FirstControl(name) is not null)
                    problem = "the parameter name holds a control character.";
                else if (value is not null && SafeText.FirstControl(value) is { } at)
                    problem = $"{name} holds control character U+{(int)value[at]:X4} at character {at + 1}; NUL and control characters are not accepted.";
                else if (value is { Length: > MaxValueLength })
                    problem = FormattableString.Invariant($"{name} is {value.Length:N0} characters long; at most {MaxValueLength:N0}.");
                if (problem is null)
                    continue;
                var field = SafeText.FirstControl(name) is null ? name : "query";
                await Results.Problem(new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [problem] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The query string is not valid.",
                }).ExecuteAsync(http);
                return;
            }
        }
        await next(http);
    });
}
