using System.Globalization;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Alerts;

/// <summary>An alert's title in the user's language, from its rule, count and subject.</summary>
public static class AlertText
{
    public static string Title(IStringLocalizer<LiveStrings> l, AlertSnapshot alert)
    {
        var subject = alert.Rule == AlertRule.MinorsToWatchedDestination ? Country(l, alert.SubjectName) : alert.SubjectName;
        return string.Format(CultureInfo.CurrentCulture, l[$"Rule.{alert.Rule}.Title"], alert.Count, subject);
    }

    /// <summary>The destination's name from our own list (the platform's names come in the country's own script), else its code.</summary>
    private static string Country(IStringLocalizer<LiveStrings> l, string code)
    {
        var name = l[$"Country.{code}"];
        return name.ResourceNotFound ? code : $"{name.Value} ({code})";
    }
}
