using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Accounts;

/// <summary>
/// While an account signs in with a one-time password, every page and API but the change-password form (and sign-out,
/// and anonymous endpoints such as static files) refuses: pages send the person to the form, APIs answer 403.
/// </summary>
public static class PasswordChangeGate
{
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.User.HasClaim(DashboardClaims.MustChangePassword, "true")
            || http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || http.Request.Path.StartsWithSegments(IdentityRegistration.ChangePasswordPath)
            || http.Request.Path.StartsWithSegments("/account/logout"))
        {
            await next(http);
            return;
        }
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/hubs") || http.Request.Path.StartsWithSegments("/_blazor"))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Password change required",
                detail: $"This account signed in with a one-time password; choose a new one at {IdentityRegistration.ChangePasswordPath} first.")
                .ExecuteAsync(http);
            return;
        }
        http.Response.Redirect(IdentityRegistration.ChangePasswordPath);
    });
}
