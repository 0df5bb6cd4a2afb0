using System.Globalization;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Web.Resources;
using Dashboard.Web.Tests.Map;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests.Cases;

public sealed class CaseStringsTests : MapTestContext
{
    public static TheoryData<string> Cultures => ["id", "en"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryKeyTheCasePagesBuildAtRunTime_IsTranslated(string culture)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var strings = Services.GetRequiredService<IStringLocalizer<CaseStrings>>();
        string[] fields = ["reference", "reportingAgency", "reportedOn", "status", "villageCode", "regencyCode", "provinceCode", "location",
            "victims", "victimCount", "modusOperandi", "destinationCountry", "exitCrossingId", "exitRatRouteId", "reason",
            "recruitmentMethod", "recruitmentChannel", "issuingOffice"];
        IEnumerable<string> keys =
        [
            .. Enum.GetNames<CaseStatus>().Select(s => $"Status.{s}"),
            .. Enum.GetNames<Sex>().Select(s => $"Sex.{s}"),
            .. Enum.GetNames<AgeGroup>().Select(a => $"Age.{a}"),
            .. Enum.GetNames<ExploitationType>().Select(e => $"Exploitation.{e}"),
            .. Enum.GetNames<RecruiterRelation>().Select(r => $"Relation.{r}"),
            .. Enum.GetNames<RecruitmentMethod>().Select(m => $"Method.{m}"),
            .. Enum.GetValues<MeansOfControl>().Where(m => m != MeansOfControl.None).Select(m => $"Control.{m}"),
            .. Enum.GetNames<CaseChangeKind>().Where(k => k != nameof(CaseChangeKind.StatusChanged)).Select(k => $"History.{k}"),
            .. fields.Select(f => $"Error.{f}"),
        ];

        var missing = keys.Where(k => strings[k].ResourceNotFound).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void English_DiffersFromIndonesian()
    {
        var strings = Services.GetRequiredService<IStringLocalizer<CaseStrings>>();
        var indonesian = strings["Status.ClosedReferred"].Value;
        CultureInfo.CurrentUICulture = new CultureInfo("en");

        Assert.Equal(("Ditutup (dirujuk)", "Closed (referred)"), (indonesian, strings["Status.ClosedReferred"].Value));
    }
}
