using System.Globalization;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Alerts;

/// <summary>An alert's title in the user's language, from its rule (and an early warning's chart), count and subject.</summary>
public static class AlertText
{
    public static string Title(IStringLocalizer<LiveStrings> l, AlertSnapshot alert)
    {
        var subject = alert.Rule == AlertRule.MinorsToWatchedDestination ? Country(l, alert.SubjectName) : alert.SubjectName;
        var byStream = alert.Stream is { } stream ? l[$"Rule.{alert.Rule}.Title.{stream}"] : null;
        var format = byStream is { ResourceNotFound: false } ? byStream : l[$"Rule.{alert.Rule}.Title"];
        return string.Format(CultureInfo.CurrentCulture, format, alert.Count, subject);
    }

    /// <summary>The destination's name from our own list (the platform's names come in the country's own script), else its code.</summary>
    private static string Country(IStringLocalizer<LiveStrings> l, string code)
    {
        var name = l[$"Country.{code}"];
        return name.ResourceNotFound ? code : $"{name.Value} ({code})";
    }
}
