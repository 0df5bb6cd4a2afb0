using System.Threading.RateLimiting;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Accounts;

public static class IdentityRegistration
{
    public const string LoginPath = "/account/login";
    public const string ChangePasswordPath = "/account/change-password";
    public const string SignInCodePath = "/account/login/code";
    public const string TwoFactorPath = "/account/two-factor";

    /// <summary>
    /// Cookie sign-in with ASP.NET Core Identity; everything requires a signed-in user unless marked otherwise. Passwords
    /// of at least 12 characters that are not common ones, lockout per account, a rate limit per client address on the
    /// sign-in form, Data Protection keys in PostgreSQL, and open pages revalidated against the account.
    /// </summary>
    public static WebApplicationBuilder AddDashboardIdentity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AccountOptions.Section);
        var settings = section.Get<AccountOptions>() ?? new AccountOptions();
        builder.Services.AddOptions<AccountOptions>().Bind(section)
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero && o.SignInAttemptsPerWindow > 0 && o.MaxFailedAttempts > 0,
                "Accounts: RevalidationInterval, SignInAttemptsPerWindow and MaxFailedAttempts must be positive")
            .Validate(o => o.TwoFactorRequiredRoles.All(r => Roles.All.Contains(r)),
                $"Accounts:TwoFactorRequiredRoles: each entry must be one of {string.Join(", ", Roles.All)}")
            .ValidateOnStart();
        builder.Services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                // Length and a list of common passwords rather than composition rules (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = settings.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = settings.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager<DashboardSignInManager>()
            .AddClaimsPrincipalFactory<DashboardClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        // Every request checks the cookie's security stamp against the user's, so a signed-out, disabled or
        // re-passworded session ends at once (a copied cookie stops working): one indexed read per request. Open
        // circuits are revalidated every RevalidationInterval.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.AccessDeniedPath = LoginPath;
            o.Cookie.Name = "dashboard.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS, including behind a TLS proxy once forwarded headers are applied.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.Events.OnValidatePrincipal = ValidateStampAsync;
            // APIs answer 401/403 instead of redirecting to a login page that no script can use.
            o.Events.OnRedirectToLogin = ctx => RejectApiOr(ctx.HttpContext, StatusCodes.Status401Unauthorized, () => ctx.Response.Redirect(ctx.RedirectUri));
            // A signed-in user refused a page gets 403, which the status code pages turn into a page saying why.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddDataProtection()
            .SetApplicationName("Dashboard.TPPO")
            .PersistKeysToDbContext<IdentityDb>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddDashboardPolicies();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        builder.Services.AddScoped<DemoAccountSeeder>();
        builder.Services.AddSingleton<AccountAdministration>();
        builder.Services.AddSingleton<OfficeDirectory>();
        builder.Services.AddSignInRateLimit(settings);
        return builder;
    }

    /// <summary>The rate limit per client address on sign-in form posts; every other request passes untouched.</summary>
    private static void AddSignInRateLimit(this IServiceCollection services, AccountOptions settings)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && IsSignInForm(http.Request.Path)
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.SignInAttemptsPerWindow,
                        Window = settings.SignInWindow,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = ((int)Math.Ceiling(settings.SignInWindow.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("Terlalu banyak percobaan masuk; tunggu sebentar. / Too many sign-in attempts; wait a moment.", cancellationToken);
            };
        });
    }

    /// <summary>The password form and the code form that may follow it: both are guesses a client address is limited in.</summary>
    private static bool IsSignInForm(PathString path) =>
        path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase) || path.Equals(SignInCodePath, StringComparison.OrdinalIgnoreCase);

    private static Task RejectApiOr(HttpContext context, int status, Action redirect)
    {
        // Scripts and hub clients cannot follow a redirect to a login form: they get the status.
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
            context.Response.StatusCode = status;
        else
            redirect();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The security stamp on every request but the static files: those carry no data, and checking them cost a
    /// database read per file and, through the renewed cookie, a no-store header that kept browsers from caching the
    /// app's scripts and styles. The checked principal replaces the cookie's for this request only; the cookie itself
    /// is renewed by sliding expiration, not re-issued on every response.
    /// </summary>
    private static async Task ValidateStampAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null)
            return;
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        context.ShouldRenew = false;
    }
}
