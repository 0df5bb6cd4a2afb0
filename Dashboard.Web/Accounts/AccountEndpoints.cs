using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Accounts;

public static class AccountEndpoints
{
    /// <summary>POST /account/logout ends the session (a form post, so a link in an e-mail cannot sign anyone out).</summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/logout", async (SignInManager<ApplicationUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
        return app;
    }
}
