using Dashboard.Web.Identity;

namespace Dashboard.Web.Accounts;

/// <summary>
/// Account and office administration over JSON, for administrators: the same operations as /admin/users and
/// /admin/offices, with RFC 7807 problem details naming each bad field.
/// </summary>
public static class AdminApi
{
    public static WebApplication MapAdminApi(this WebApplication app)
    {
        var users = app.MapGroup("/api/admin/users").DisableAntiforgery().RequireAuthorization(Policies.Administer);
        users.MapGet("", (AccountAdministration accounts, string? search, string? role, string? agency, string? office, bool? disabled, CancellationToken ct) =>
            accounts.ListAsync(new AccountFilter(search, role, agency, office, disabled), ct));
        users.MapGet("/{id}", async (string id, AccountAdministration accounts, CancellationToken ct) =>
            await accounts.FindAsync(id, ct) is { } account ? Results.Ok(account) : NotFound(id));
        users.MapPost("", async (AccountInput? input, HttpContext http, AccountAdministration accounts, CancellationToken ct) =>
        {
            var outcome = await accounts.CreateAsync(http.User, input ?? new AccountInput(null, null, null, null, null), ct);
            return outcome.Succeeded
                ? Results.Created($"/api/admin/users/{outcome.Account!.Id}", new { account = outcome.Account, oneTimePassword = outcome.OneTimePassword })
                : Answer(outcome, "");
        });
        users.MapPut("/{id}", async (string id, AccountInput? input, HttpContext http, AccountAdministration accounts, CancellationToken ct) =>
            Answer(await accounts.UpdateAsync(http.User, id, input ?? new AccountInput(null, null, null, null, null), ct), id));
        users.MapPost("/{id}/disable", async (string id, HttpContext http, AccountAdministration accounts, CancellationToken ct) =>
            Answer(await accounts.DisableAsync(http.User, id, ct), id));
        users.MapPost("/{id}/enable", async (string id, HttpContext http, AccountAdministration accounts, CancellationToken ct) =>
            Answer(await accounts.EnableAsync(http.User, id, ct), id));
        users.MapPost("/{id}/unlock", async (string id, HttpContext http, AccountAdministration accounts, CancellationToken ct) =>
            Answer(await accounts.UnlockAsync(http.User, id, ct), id));
        users.MapPost("/{id}/reset-two-factor", async (string id, HttpContext http, AccountAdministration accounts, CancellationToken ct) =>
            Answer(await accounts.ResetTwoFactorAsync(http.User, id, ct), id));
        users.MapPost("/{id}/reset-password", async (string id, HttpContext http, AccountAdministration accounts, CancellationToken ct) =>
        {
            var outcome = await accounts.ResetPasswordAsync(http.User, id, ct);
            return outcome.Succeeded ? Results.Ok(new { account = outcome.Account, oneTimePassword = outcome.OneTimePassword }) : Answer(outcome, id);
        });

        var offices = app.MapGroup("/api/admin/offices").DisableAntiforgery().RequireAuthorization(Policies.Administer);
        offices.MapGet("", (OfficeDirectory directory, CancellationToken ct) => directory.ListAsync(ct));
        offices.MapPut("/{code}", async (string code, OfficeInput? input, HttpContext http, OfficeDirectory directory, CancellationToken ct) =>
        {
            var errors = await directory.SaveAsync(http.User, (input ?? new OfficeInput(code, null, null, null)) with { Code = code }, ct);
            return errors.Count == 0 ? Results.Ok((await directory.ListAsync(ct)).First(o => o.Code == code)) : Results.ValidationProblem(errors);
        });
        offices.MapDelete("/{code}", async (string code, HttpContext http, OfficeDirectory directory, CancellationToken ct) =>
            await directory.DeleteAsync(http.User, code, ct)
                ? Results.NoContent()
                : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Office not removed",
                    detail: $"Office '{code}' does not exist or accounts still belong to it."));
        return app;
    }

    private static IResult Answer(AccountOutcome outcome, string id) =>
        outcome.NotFound ? NotFound(id)
        : outcome.Succeeded ? Results.Ok(outcome.Account)
        : Results.ValidationProblem(outcome.Errors);

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such account", detail: $"No account has id '{id}'.");
}
