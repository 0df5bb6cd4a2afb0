using System.Globalization;
using Dashboard.Geo.Time;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Screening;

/// <summary>How the pages show a moment (WIB, as every time on the dashboard) and a delay (days, hours, minutes).</summary>
public static class Durations
{
    public static string Moment(DateTimeOffset at) =>
        at.AtHeadquarters().ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " WIB";

    public static string Of(TimeSpan? delay, IStringLocalizer<ScreeningStrings> text)
    {
        if (delay is not { } d)
            return text["Duration.None"];
        if (d < TimeSpan.Zero)
            d = TimeSpan.Zero;
        if (d.TotalDays >= 1)
            return text["Duration.DaysHours", (int)d.TotalDays, d.Hours];
        if (d.TotalHours >= 1)
            return text["Duration.HoursMinutes", (int)d.TotalHours, d.Minutes];
        return text["Duration.Minutes", Math.Max(d.Minutes, d.TotalSeconds > 0 ? 1 : 0)];
    }
}
