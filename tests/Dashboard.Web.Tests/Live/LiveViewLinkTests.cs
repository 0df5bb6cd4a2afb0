using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Queries.Alerts;
using Dashboard.Web.Alerts;
using Dashboard.Web.Live;

namespace Dashboard.Web.Tests.Live;

public sealed class LiveViewLinkTests
{
    private static readonly AlertFilter OpenOnly = AlertFilter.All with { Statuses = AlertStatuses.Open };

    [Fact]
    public void AView_WrittenToItsAddress_ReadsBackTheSame()
    {
        var view = new LiveViewLink(OpenOnly with { Severities = new HashSet<AlertSeverity> { AlertSeverity.High, AlertSeverity.Critical }, Hours = 168, ProvinceCode = "61" },
            National: false, Sort: AlertSort.Newest);

        var href = view.Href();
        var query = System.Web.HttpUtility.ParseQueryString(href[(href.IndexOf('?') + 1)..]);
        var back = LiveViewLink.Parse(query["severity"], query["status"], query["hours"], query["province"], query["scope"], query["sort"], AlertFilter.All);

        Assert.StartsWith("live?", href);
        Assert.Equal(view.Filter.Severities.Order(), back.Filter.Severities.Order());
        Assert.Equal(OpenOnly.Statuses.Order(), back.Filter.Statuses.Order());
        Assert.Equal((168, "61", false, AlertSort.Newest), (back.Filter.Hours, back.Filter.ProvinceCode, back.National, back.Sort));
    }

    [Fact]
    public void AllStatuses_AreWrittenAsAll_SoTheOpenOnlyDefaultDoesNotComeBack()
    {
        var href = new LiveViewLink(AlertFilter.All, null, null).Href();

        var back = LiveViewLink.Parse(null, "all", null, null, null, null, OpenOnly);

        Assert.Contains("status=all", href);
        Assert.Empty(back.Filter.Statuses);
    }

    [Theory]
    [InlineData("Loud", "Gone", "5", "<script>", "world", "sideways")]
    [InlineData("", "", "", "", "", "")]
    public void NonsenseInALink_IsIgnored_AndTheDefaultsStand(string severity, string status, string hours, string province, string scope, string sort)
    {
        var view = LiveViewLink.Parse(severity, status, hours, province, scope, sort, OpenOnly);

        Assert.Empty(view.Filter.Severities);
        Assert.Equal(OpenOnly.Statuses, view.Filter.Statuses);
        Assert.Equal((null, null, null, null), (view.Filter.Hours, view.Filter.ProvinceCode, view.National, view.Sort));
    }
}
