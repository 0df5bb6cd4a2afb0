using System.Globalization;
using System.Text;
using System.Xml;

namespace Dashboard.Jobs.Patrols.Export;

/// <summary>What the GPX and KML writers must agree on, so one route reads the same in both files.</summary>
internal static class ExportFormat
{
    /// <summary>
    /// UTF-8 without a byte-order mark, since some handheld firmware reads a BOM as part of the first tag; the caller
    /// owns the stream, so it stays open.
    /// </summary>
    public static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <summary>
    /// Seven decimals is about a centimetre, finer than any handheld fix; more digits only add noise. Negative zero
    /// is made positive so a point on the equator is not written "-0".
    /// </summary>
    public static double Round(double degrees)
    {
        var rounded = Math.Round(degrees, 7, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }

    /// <summary>
    /// GPX allows longitudes in [-180, 180) only; 180 is the same meridian as -180, so it is written that way rather
    /// than refused, including a value that only reaches 180 by rounding.
    /// </summary>
    public static double Longitude(double degrees)
    {
        var rounded = Round(degrees);
        return rounded == 180 ? -180 : rounded;
    }

    public static string Degrees(double rounded) => rounded.ToString("0.#######", CultureInfo.InvariantCulture);

    /// <summary>Team and planned day, the two things that tell one day's printouts apart; null when neither is known.</summary>
    public static string? Summary(PatrolRoute route)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(route.Team))
            parts.Add(route.Team);
        if (route.PlannedFor is { } day)
            parts.Add(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return parts.Count > 0 ? string.Join(" · ", parts) : null;
    }
}
