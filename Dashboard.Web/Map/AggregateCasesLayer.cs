using System.Text.Json;
using Dashboard.Geo.Disclosure;
using Dashboard.Web.Disclosure;

namespace Dashboard.Web.Map;

/// <summary>
/// The cases layer for readers of aggregates: one point per regency (at its seat) with cases, victims and minors
/// for a calendar period, from the disclosure cube, whatever box or zoom the map asks for. A client-chosen box or
/// grid would let two overlapping views differ by one case; the regencies do not move.
/// </summary>
public sealed class AggregateCasesLayer(DisclosureService disclosure)
{
    /// <summary>The period shown when none is asked for: the last quarter that has ended.</summary>
    public CalendarPeriod DefaultPeriod => DisclosureCalendar.LastEnded(CalendarGranularity.Quarter, disclosure.Today);

    public async Task<string> GetFeatureCollectionAsync(CalendarPeriod period, int k, CancellationToken ct)
    {
        var year = await disclosure.YearAsync(period.Year, k, ct);
        var features = new List<object>();
        foreach (var (regency, _) in year.Tree.RegencyProvince.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (year.Cube.Get(regency, period, Measure.Cases) is not { } cases || cases.Value == 0)
                continue;
            var area = year.Areas[regency];
            features.Add(new
            {
                type = "Feature",
                geometry = new { type = "Point", coordinates = new[] { Math.Round(area.Longitude, 4), Math.Round(area.Latitude, 4) } },
                properties = new Dictionary<string, object?>
                {
                    ["cluster"] = true,
                    ["regency"] = regency,
                    ["name"] = area.Name,
                    ["cases"] = Value(cases),
                    ["victims"] = Value(year.Cube.Get(regency, period, Measure.Victims)!.Value),
                    ["minors"] = Value(year.Cube.Get(regency, period, Measure.Minors)!.Value),
                },
            });
        }
        return JsonSerializer.Serialize(new
        {
            type = "FeatureCollection",
            disclosure = new { level = "aggregate", k, partition = "regency", period = period.Key, from = period.From, to = period.To },
            features,
        });
    }

    // A number where it is shown, the text "<k" where it is hidden: the map's symbols draw both.
    private static object Value(Figure figure) => figure.Value is { } v ? v : figure.Text;
}
