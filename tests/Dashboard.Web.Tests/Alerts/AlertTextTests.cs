using System.Globalization;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Situation;
using Dashboard.Web.Alerts;
using Dashboard.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests.Alerts;

public sealed class AlertTextTests
{
    private static AlertSnapshot EarlyWarning(string? stream) => new(7, AlertRule.EarlyWarning, AlertSeverity.High, AlertStatus.New,
        "Jawa Barat", 12, "32", "Jawa Barat", 107.6, -6.9, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, null, 1, stream);

    [Theory]
    [InlineData("id", "cases", "Peringatan dini: 12 kasus sepekan di Jawa Barat")]
    [InlineData("id", "cases+reports", "Peringatan dini: kasus dan laporan lapangan naik bersama di Jawa Barat (12 kasus sepekan)")]
    [InlineData("en", "reports", "Early warning: 12 field reports in a week in Jawa Barat")]
    [InlineData("en", "cases+reports", "Early warning: cases and field reports rising together in Jawa Barat (12 cases in a week)")]
    // A chart this version does not know (an older or newer worker) still gets the rule's general title.
    [InlineData("id", "screenings", "Peringatan dini: 12 sepekan di Jawa Barat")]
    [InlineData("id", null, "Peringatan dini: 12 sepekan di Jawa Barat")]
    public void AnEarlyWarningTitle_SaysWhichChartRose(string culture, string? stream, string title)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var strings = services.GetRequiredService<IStringLocalizer<LiveStrings>>();

        Assert.Equal(title, AlertText.Title(strings, EarlyWarning(stream)));
    }
}
