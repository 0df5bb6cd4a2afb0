using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Accounts;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /account/logout ends the session (a form post with the antiforgery token, so neither a link in an e-mail nor
    /// another site's form can sign anyone out), on the server too: the security stamp changes, so a copy of the cookie
    /// stops working at its next request.
    /// </summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/logout", async (SignInManager<ApplicationUser> signIn, HttpContext http) =>
        {
            // UseAntiforgery has checked the token (the endpoint requires it); reading the form again would throw.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The sign-out form's antiforgery token is missing or not valid.");
            if (http.User.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(http.User) is { } user)
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }
}
