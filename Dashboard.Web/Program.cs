using Dashboard.Web.Accounts;
using Dashboard.Web.Api;
using Dashboard.Web.Import;
using Dashboard.Web.Evaluation;
using Dashboard.Web.Map;
using Dashboard.Web.RiskMap;
using Dashboard.Web.Alerts;
using Dashboard.Web.Audit;
using Dashboard.Web.Briefing;
using Dashboard.Web.Cases;
using Dashboard.Web.WatchLists;
using Dashboard.Web.Patrols;
using Dashboard.Web.Reports;
using Dashboard.Web.Screening;
using Dashboard.Web.Components;
using Dashboard.Web.Crossings;
using Dashboard.Web.Demo;
using Dashboard.Web.Disclosure;
using Dashboard.Web.Situation;
using Dashboard.Web.Identity;
using Dashboard.Web.Operations;
using Dashboard.Web.Gazetteer;
using Dashboard.Web.Startup;
using Dashboard.Web.Timpora;
using Dashboard.Web.Villages;

var builder = WebApplication.CreateBuilder(args);

// Serve framework and package assets (_framework, _content/MudBlazor) from a build as well as from a publish:
// without this only Development finds them outside `dotnet publish` output. A published app has no manifest to read.
builder.WebHost.UseStaticWebAssets();

// Once for every feature: APIs answer with RFC 7807 problem details, enums travel as words (as in the hub's
// messages), and text responses are compressed.
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.Services.AddResponseCompression(o =>
{
    o.EnableForHttps = true;
    o.MimeTypes = [MapApi.GeoJsonContentType, "application/json", "text/css", "application/javascript", "text/javascript"];
});

builder.Services.AddOpenApi();
builder.AddApiErrors();

builder.AddDashboardHosting();
builder.AddDashboardDatabases();
builder.AddDashboardIdentity();
builder.AddDashboardLocalization();
builder.AddDashboardUi();
builder.AddDashboardMap();
builder.AddDisclosure();
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
builder.AddGazetteer();
builder.AddCrossings();
builder.AddVillages();
builder.AddTimpora();
builder.AddCases();
builder.AddWatchLists();
builder.AddScreening();
builder.AddDashboardTelemetry();
builder.AddAudit();
builder.AddEvaluation();

var app = builder.Build();

app.UseDashboardHosting();
app.UseAuditedRefusals();
app.UseApiErrors();
if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseResponseCompression();
// APIs answer with RFC 7807 problem details; the hub answers with bare status codes its clients understand; pages
// re-render as the status page (403: why the page is refused; anything else: not found).
app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api") && !ctx.Request.Path.StartsWithSegments("/hubs"),
    pages => pages.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
// Routing after the status code pages, so a re-executed request (/status/403) is routed to its page; implicit routing
// at the start of the pipeline would leave it with no endpoint and an empty 404.
app.UseRouting();

app.UseDashboardLocalization();
app.UseRateLimiter();
app.UseAuthentication();
app.UsePasswordChangeGate();
app.UseTwoFactorGate();
app.UseAuthorization();
app.UseApiRequestGuards();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapDashboardHealth();
app.MapAccountEndpoints();
app.MapAdminApi();
app.MapAuditApi();
app.MapCultureEndpoint();
app.MapMapApi();
app.MapImportApi();
app.MapJobsDashboard();
app.MapRiskApi();
app.MapReportsApi();
app.MapSituation();
app.MapAlertsApi();
app.MapPatrolsApi();
app.MapCases();
app.MapWatchLists();
app.MapScreening();
app.MapBriefingApi();
// The API's description, for the administrators who connect other systems to it.
app.MapOpenApi().RequireAuthorization(p => p.RequireRole(Roles.Administrator));
app.MapGazetteer();
app.MapCrossings();
app.MapVillages();
app.MapTimpora();
app.MapEvaluation();
app.MapRazorComponents<App>()
    // The app's own Content-Security-Policy (Operations/SecurityHeaders) already denies framing.
    .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

await app.Services.InitializeDatabaseAsync(app.Configuration);
if (await CommandLine.TryRunAsync(args, app.Services))
    return;
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
