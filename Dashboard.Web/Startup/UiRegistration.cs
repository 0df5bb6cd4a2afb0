using MudBlazor.Services;

namespace Dashboard.Web.Startup;

public static class UiRegistration
{
    public static WebApplicationBuilder AddDashboardUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Toasts bottom-left: the top right holds the live view's connection state and the panels' close buttons.
        builder.Services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft);
        builder.Services.AddHttpContextAccessor();
        return builder;
    }
}
