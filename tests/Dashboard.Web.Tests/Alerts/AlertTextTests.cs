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

    [Fact]
    public void EveryRule_HasItsNameAndTitle_InIndonesianAndInEnglish()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var strings = services.GetRequiredService<IStringLocalizer<LiveStrings>>();
        var keys = Enum.GetValues<AlertRule>().SelectMany(r => new[] { $"Rule.{r}.Name", $"Rule.{r}.Title" }).ToList();
        CultureInfo.CurrentUICulture = new CultureInfo("id");
        var indonesian = keys.ToDictionary(k => k, k => strings[k]);
        CultureInfo.CurrentUICulture = new CultureInfo("en");

        Assert.Empty(indonesian.Where(p => p.Value.ResourceNotFound).Select(p => p.Key));
        // English falls back to Indonesian when its key is missing: a translated string differs.
        var untranslated = keys.Where(k => strings[k].Value == indonesian[k].Value).ToList();
        Assert.Empty(untranslated);
    }

    [Theory]
    [InlineData("id", AlertRule.OverdueActionItem, 3, "Polri · Kabupaten Sanggau", "Tindak lanjut TIMPORA terlambat 3 hari: Polri · Kabupaten Sanggau")]
    [InlineData("en", AlertRule.IssuingOfficeNotice, 1, "Kantor Imigrasi Entikong · PLBN Entikong", "Notice to the passport's issuing office: Kantor Imigrasi Entikong · PLBN Entikong")]
    public void TheNewRulesTitles_NameTheirSubject(string culture, AlertRule rule, int count, string subject, string title)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var strings = services.GetRequiredService<IStringLocalizer<LiveStrings>>();

        Assert.Equal(title, AlertText.Title(strings, EarlyWarning(null) with { Rule = rule, Count = count, SubjectName = subject }));
    }
}
