using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Accounts;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /account/logout ends the session (a form post, so a link in an e-mail cannot sign anyone out), on the server
    /// too: the security stamp changes, so a copy of the cookie stops working at its next request.
    /// </summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/logout", async (SignInManager<ApplicationUser> signIn, HttpContext http) =>
        {
            if (http.User.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(http.User) is { } user)
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
        return app;
    }
}
