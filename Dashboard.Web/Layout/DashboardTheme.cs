using MudBlazor;

namespace Dashboard.Web.Layout;

/// <summary>Immigration navy with a high-contrast palette that stays readable on a meeting-room projector.</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b3d6e",
            Secondary = "#b7791f",
            AppbarBackground = "#0b3d6e",
            AppbarText = "#ffffff",
            Background = "#f4f6f8",
        },
    };
}
