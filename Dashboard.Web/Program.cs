using Dashboard.Web.Accounts;
using Dashboard.Web.Api;
using Dashboard.Web.Api.Alerts;
using Dashboard.Web.Api.Briefing;
using Dashboard.Web.Api.Patrols;
using Dashboard.Web.Api.Reports;
using Dashboard.Web.Components;
using Dashboard.Web.Demo;
using Dashboard.Web.Operations;
using Dashboard.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

// Serve framework and package assets (_framework, _content/MudBlazor) from a build as well as from a publish:
// without this only Development finds them outside `dotnet publish` output. A published app has no manifest to read.
builder.WebHost.UseStaticWebAssets();

builder.AddDashboardHosting();
builder.AddDashboardDatabases();
builder.AddDashboardIdentity();
builder.AddDashboardLocalization();
builder.AddDashboardUi();
builder.AddDashboardMap();
builder.AddMapApi();
builder.AddImportApi();
builder.AddDashboardJobs();
builder.AddRiskApi();
builder.AddReportsApi();
builder.AddSituation();
builder.AddAlertsApi();
builder.AddPatrolsApi();
builder.AddBriefingApi();
builder.AddDemoLiveFeed();
builder.AddDashboardHealth();
builder.AddDashboardTelemetry();

var app = builder.Build();

app.UseDashboardHosting();
if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseResponseCompression();
// APIs answer with RFC 7807 problem details; the hub answers with bare status codes its clients understand; pages
// re-render as the not-found page.
app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api") && !ctx.Request.Path.StartsWithSegments("/hubs"),
    pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));

app.UseDashboardLocalization();
app.UseRateLimiter();
app.UseAuthentication();
app.UsePasswordChangeGate();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapDashboardHealth();
app.MapAccountEndpoints();
app.MapAdminApi();
app.MapCultureEndpoint();
app.MapMapApi();
app.MapImportApi();
app.MapJobsDashboard();
app.MapRiskApi();
app.MapReportsApi();
app.MapSituation();
app.MapAlertsApi();
app.MapPatrolsApi();
app.MapBriefingApi();
app.MapRazorComponents<App>()
    // The app's own Content-Security-Policy (Operations/SecurityHeaders) already denies framing.
    .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

await app.Services.InitializeDatabaseAsync(app.Configuration);
if (await CommandLine.TryRunAsync(args, app.Services))
    return;
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
