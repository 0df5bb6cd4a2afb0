using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Dashboard.Web.Startup;

public static class LocalizationRegistration
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new(Indonesian), new(English)];

    /// <summary>Bahasa Indonesia unless the user chose English (cookie) or asked for it (?culture=en).</summary>
    public static WebApplicationBuilder AddDashboardLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Indonesian);
            o.SupportedCultures = [.. Supported];
            o.SupportedUICultures = [.. Supported];
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseDashboardLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>GET /culture?name=en&amp;returnUrl=/ stores the choice in a cookie and goes back.</summary>
    public static WebApplication MapCultureEndpoint(this WebApplication app)
    {
        app.MapGet("/culture", (string name, string? returnUrl, HttpContext http) =>
        {
            var culture = Supported.FirstOrDefault(c => c.Name == name)?.Name ?? Indonesian;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var target = Identity.LocalReturnUrl.OrHome(returnUrl);
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
        return app;
    }
}
