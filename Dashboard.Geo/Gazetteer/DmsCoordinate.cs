using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Geo.Gazetteer;

/// <summary>Reads the list's island coordinates, degrees-minutes-seconds such as <c>03°19'03.44" N 097°07'41.73" E</c>.</summary>
public static partial class DmsCoordinate
{
    public static (double Longitude, double Latitude)? Parse(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success)
            return null;
        var latitude = Degrees(m, 1) * (m.Groups[4].Value == "S" ? -1 : 1);
        var longitude = Degrees(m, 5) * (m.Groups[8].Value == "W" ? -1 : 1);
        return latitude is < -90 or > 90 || longitude is < -180 or > 180 ? null : (longitude, latitude);
    }

    private static double Degrees(Match m, int first) =>
        double.Parse(m.Groups[first].Value, CultureInfo.InvariantCulture)
        + double.Parse(m.Groups[first + 1].Value, CultureInfo.InvariantCulture) / 60
        + double.Parse(m.Groups[first + 2].Value, CultureInfo.InvariantCulture) / 3600;

    [GeneratedRegex("""(\d+)\s*°\s*(\d+)\s*'\s*([\d.]+)\s*"\s*([NS])\s+(\d+)\s*°\s*(\d+)\s*'\s*([\d.]+)\s*"\s*([EW])""")]
    private static partial Regex Pattern();
}
