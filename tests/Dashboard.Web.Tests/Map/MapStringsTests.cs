using System.Globalization;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Map;
using Dashboard.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests.Map;

public sealed class MapStringsTests : MapTestContext
{
    public static TheoryData<string> Cultures => ["id", "en"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryKeyTheMapBuildsAtRunTime_IsTranslated(string culture)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var strings = Services.GetRequiredService<IStringLocalizer<MapStrings>>();
        IEnumerable<string> keys =
        [
            .. MapLabels.Keys,
            .. Enum.GetValues<MapLayer>().Select(l => $"Layer.{l}"),
            .. Enum.GetValues<PlaceKind>().Select(k => $"Place.{k}"),
        ];

        var missing = keys.Where(k => strings[k].ResourceNotFound).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void English_DiffersFromIndonesian()
    {
        var strings = Services.GetRequiredService<IStringLocalizer<MapStrings>>();
        var indonesian = strings["Map.Synthetic"].Value;
        CultureInfo.CurrentUICulture = new CultureInfo("en");

        Assert.Equal(("data sintetis", "synthetic data"), (indonesian, strings["Map.Synthetic"].Value));
    }
}
