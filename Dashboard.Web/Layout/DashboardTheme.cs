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
            // MudBlazor's default red (#f44336) is 3.7:1 on white; these reach WCAG AA's 4.5:1 for text buttons.
            Error = "#c62828",
            Warning = "#a35200",
            Success = "#2e7d32",
            Info = "#0b6bb8",
            // Field labels and helper text: MudBlazor's grey is 4.4:1 on the page background, just under AA.
            TextSecondary = "#55595e",
        },
    };
}
