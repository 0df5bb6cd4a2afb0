using System.Globalization;
using System.Text;
using System.Xml;

namespace Dashboard.Jobs.Patrols.Export;

/// <summary>
/// Writes a <see cref="PatrolRoute"/> as GPX 1.1, the format every handheld GPS imports. The stops go out twice on
/// purpose: as waypoints, so each shows on the device's map and can be navigated to alone, and as one route
/// base → stops → base, so the device can guide the patrol leg by leg. Elements follow the order the GPX 1.1 schema
/// fixes, since stricter devices reject a file whose elements are merely all present.
/// </summary>
public static class GpxWriter
{
    public const string Namespace = "http://www.topografix.com/GPX/1/1";

    private const string Creator = "Dasbor TPPO";

    /// <summary>Writes the route to <paramref name="output"/>, which is left open.</summary>
    /// <param name="clock">Gives the file's creation time; the system clock when null.</param>
    public static void Write(PatrolRoute route, Stream output, TimeProvider? clock = null)
    {
        PatrolRouteValidation.Validate(route, nameof(route));
        ArgumentNullException.ThrowIfNull(output);
        var created = (clock ?? TimeProvider.System).GetUtcNow();

        using var xml = XmlWriter.Create(output, ExportFormat.Settings());
        xml.WriteStartDocument();
        xml.WriteStartElement("gpx", Namespace);
        xml.WriteAttributeString("version", "1.1");
        xml.WriteAttributeString("creator", Creator);
        WriteMetadata(xml, route, created);
        foreach (var waypoint in route.Waypoints)
            WritePoint(xml, "wpt", waypoint);
        xml.WriteStartElement("rte");
        xml.WriteElementString("name", route.Name);
        foreach (var point in route.Loop())
            WritePoint(xml, "rtept", point);
        xml.WriteEndElement();
        WriteTrack(xml, route);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The same document as a string, for a download or a test.</summary>
    /// <param name="clock">Gives the file's creation time; the system clock when null.</param>
    public static string Write(PatrolRoute route, TimeProvider? clock = null)
    {
        using var buffer = new MemoryStream();
        Write(route, buffer, clock);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteMetadata(XmlWriter xml, PatrolRoute route, DateTimeOffset created)
    {
        xml.WriteStartElement("metadata");
        xml.WriteElementString("name", route.Name);
        if (ExportFormat.Summary(route) is { } summary)
            xml.WriteElementString("desc", summary);
        xml.WriteElementString("time",
            created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        WriteBounds(xml, route);
        xml.WriteEndElement();
    }

    // Lets a device centre its map on the patrol area before reading every point.
    private static void WriteBounds(XmlWriter xml, PatrolRoute route)
    {
        double minLat = double.MaxValue, minLon = double.MaxValue, maxLat = double.MinValue, maxLon = double.MinValue;
        foreach (var point in route.Line().Concat(route.Loop().Select(p => (p.Longitude, p.Latitude))))
        {
            var lat = ExportFormat.Round(point.Latitude);
            var lon = ExportFormat.Longitude(point.Longitude);
            (minLat, maxLat) = (Math.Min(minLat, lat), Math.Max(maxLat, lat));
            (minLon, maxLon) = (Math.Min(minLon, lon), Math.Max(maxLon, lon));
        }
        xml.WriteStartElement("bounds");
        xml.WriteAttributeString("minlat", ExportFormat.Degrees(minLat));
        xml.WriteAttributeString("minlon", ExportFormat.Degrees(minLon));
        xml.WriteAttributeString("maxlat", ExportFormat.Degrees(maxLat));
        xml.WriteAttributeString("maxlon", ExportFormat.Degrees(maxLon));
        xml.WriteEndElement();
    }

    // wptType puts name before desc (after ele, time, magvar, geoidheight, none of which a plan knows).
    // A device shows the track as the line to follow between the route's points, along the roads.
    private static void WriteTrack(XmlWriter xml, PatrolRoute route)
    {
        if (route.Track is not { Count: > 1 } track)
            return;
        xml.WriteStartElement("trk");
        xml.WriteElementString("name", route.Name);
        xml.WriteStartElement("trkseg");
        foreach (var (longitude, latitude) in track)
        {
            xml.WriteStartElement("trkpt");
            xml.WriteAttributeString("lat", ExportFormat.Degrees(ExportFormat.Round(latitude)));
            xml.WriteAttributeString("lon", ExportFormat.Degrees(ExportFormat.Longitude(longitude)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WritePoint(XmlWriter xml, string element, PatrolWaypoint point)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("lat", ExportFormat.Degrees(ExportFormat.Round(point.Latitude)));
        xml.WriteAttributeString("lon", ExportFormat.Degrees(ExportFormat.Longitude(point.Longitude)));
        xml.WriteElementString("name", point.Name);
        if (point.Description is not null)
            xml.WriteElementString("desc", point.Description);
        xml.WriteEndElement();
    }
}
