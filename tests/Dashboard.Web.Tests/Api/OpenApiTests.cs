using System.Net;
using System.Text.Json;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Tests.Api;

public sealed class OpenApiTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task TheApiDescription_IsServedToAdministratorsOnly_AndNamesTheRoutes()
    {
        var analyst = await app.SignedInClientAsync("hq-openapi", Roles.HqAnalyst);
        var admin = await app.SignedInClientAsync("admin-openapi", Roles.Administrator);

        var anonymous = await app.AnonymousClient().GetAsync("/openapi/v1.json");
        var forAnalyst = await analyst.GetAsync("/openapi/v1.json");
        var forAdmin = await admin.GetAsync("/openapi/v1.json");

        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, forAnalyst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forAdmin.StatusCode);
        using var document = JsonDocument.Parse(await forAdmin.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/reports", out _));
        Assert.True(paths.TryGetProperty("/api/alerts", out _));
    }
}
