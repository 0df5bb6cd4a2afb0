using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Accounts;

/// <summary>
/// An account of a role that must use an authenticator app (Accounts:TwoFactorRequiredRoles) and has not set one up
/// reaches nothing but the set-up page (and sign-out, the password change, anonymous endpoints): pages send the person
/// there, APIs and the hub answer 403.
/// </summary>
public static class TwoFactorGate
{
    public static IApplicationBuilder UseTwoFactorGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var required = http.RequestServices.GetRequiredService<IOptionsMonitor<AccountOptions>>().CurrentValue.TwoFactorRequiredRoles;
        if (required.Count == 0
            || http.User.Identity?.IsAuthenticated != true
            || http.User.HasClaim(DashboardClaims.TwoFactor, "true")
            || !required.Any(http.User.IsInRole)
            || http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || http.Request.Path.StartsWithSegments(IdentityRegistration.TwoFactorPath)
            || http.Request.Path.StartsWithSegments(IdentityRegistration.ChangePasswordPath)
            || http.Request.Path.StartsWithSegments("/account/logout"))
        {
            await next(http);
            return;
        }
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/hubs") || http.Request.Path.StartsWithSegments("/_blazor"))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-step sign-in required",
                detail: $"This account's role must sign in with an authenticator app; set it up at {IdentityRegistration.TwoFactorPath} first.")
                .ExecuteAsync(http);
            return;
        }
        http.Response.Redirect($"{IdentityRegistration.TwoFactorPath}?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}");
    });
}
