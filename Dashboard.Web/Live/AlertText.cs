using System.Globalization;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Live;

/// <summary>An alert's title in the user's language, from its rule, count and subject.</summary>
public static class AlertText
{
    public static string Title(IStringLocalizer<LiveStrings> l, AlertSnapshot alert)
    {
        var subject = alert.Rule == AlertRule.MinorsToWatchedDestination ? Country(alert.SubjectName) : alert.SubjectName;
        return string.Format(CultureInfo.CurrentCulture, l[$"Rule.{alert.Rule}.Title"], alert.Count, subject);
    }

    private static string Country(string code)
    {
        try
        {
            return $"{new RegionInfo(code).DisplayName} ({code})";
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
