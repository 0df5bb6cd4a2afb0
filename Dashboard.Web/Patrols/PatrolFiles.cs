using System.Globalization;
using System.Text;
using Dashboard.Jobs.Patrols;
using Dashboard.Jobs.Patrols.Export;
using ExportWaypoint = Dashboard.Jobs.Patrols.Export.PatrolWaypoint;

namespace Dashboard.Web.Patrols;

/// <summary>A saved patrol as a file for a handheld GPS: GPX 1.1 (Garmin and most devices) or KML 2.2 (Google Earth, phones).</summary>
public static class PatrolFiles
{
    public sealed record File(byte[] Content, string ContentType, string FileName);

    public static File Write(PatrolSummary patrol, string format, IReadOnlyList<double[]>? track = null)
    {
        var route = new PatrolRoute(
            string.Create(CultureInfo.InvariantCulture, $"Patroli {patrol.PlannedFor:yyyy-MM-dd} {patrol.BaseName}"),
            patrol.PlannedFor, patrol.Team,
            new PatrolBase(patrol.BaseCode, patrol.BaseName, patrol.BaseLongitude, patrol.BaseLatitude),
            [.. patrol.Stops.Select((s, i) => new ExportWaypoint($"{i + 1:00} {s.Name}",
                string.Create(CultureInfo.InvariantCulture, $"{s.Id}; risiko {s.Risk:0.00}"), s.Longitude, s.Latitude))])
        {
            Track = track?.Select(p => (p[0], p[1])).ToList(),
        };
        var name = string.Create(CultureInfo.InvariantCulture, $"patroli-{patrol.Id}-{patrol.PlannedFor:yyyyMMdd}.{format}");
        return format == "kml"
            ? new File(Encoding.UTF8.GetBytes(KmlWriter.Write(route)), "application/vnd.google-earth.kml+xml", name)
            : new File(Encoding.UTF8.GetBytes(GpxWriter.Write(route)), "application/gpx+xml", name);
    }
}
