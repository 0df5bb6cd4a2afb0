using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dashboard.Web.Operations;

/// <summary>Behind a TLS proxy: forwarded headers from trusted proxies (so cookies are Secure and links https), HSTS.</summary>
public static class HostingRegistration
{
    public static WebApplicationBuilder AddDashboardHosting(this WebApplicationBuilder builder)
    {
        var proxy = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = 2;
            foreach (var address in proxy.KnownProxies)
                o.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in proxy.KnownNetworks)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        // Like the sign-in cookie: Secure whenever the request is HTTPS, as seen through the proxy.
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>First in the pipeline: the client's address and scheme as the proxy saw them, then HSTS and the headers.</summary>
    public static WebApplication UseDashboardHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseSecurityHeaders();
        return app;
    }
}
