using MudBlazor.Services;

namespace Dashboard.Web.Startup;

public static class UiRegistration
{
    public static WebApplicationBuilder AddDashboardUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }
}
