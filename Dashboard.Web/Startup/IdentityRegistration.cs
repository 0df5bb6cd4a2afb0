using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Startup;

public static class IdentityRegistration
{
    public const string LoginPath = "/account/login";

    /// <summary>Cookie sign-in with ASP.NET Core Identity; everything requires a signed-in user unless marked otherwise.</summary>
    public static WebApplicationBuilder AddDashboardIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddClaimsPrincipalFactory<DashboardClaimsFactory>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.AccessDeniedPath = LoginPath;
            o.Cookie.Name = "dashboard.auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // APIs answer 401/403 instead of redirecting to a login page that no script can use.
            o.Events.OnRedirectToLogin = ctx => RejectApiOr(ctx.HttpContext, StatusCodes.Status401Unauthorized, () => ctx.Response.Redirect(ctx.RedirectUri));
            o.Events.OnRedirectToAccessDenied = ctx => RejectApiOr(ctx.HttpContext, StatusCodes.Status403Forbidden, () => ctx.Response.Redirect(ctx.RedirectUri));
        });
        // Every request checks the cookie's security stamp against the user's, so a signed-out (or locked, or
        // re-passworded) session ends at once instead of within the default 30 minutes: one indexed read per request.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddDashboardPolicies();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<DemoAccountSeeder>();
        return builder;
    }

    private static Task RejectApiOr(HttpContext context, int status, Action redirect)
    {
        // Scripts and hub clients cannot follow a redirect to a login form: they get the status.
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
            context.Response.StatusCode = status;
        else
            redirect();
        return Task.CompletedTask;
    }
}
