using System.Text;
using System.Xml;

namespace Dashboard.Jobs.Patrols.Export;

/// <summary>
/// Writes a <see cref="PatrolRoute"/> as KML 2.2, for phones and Google Earth where GPX is not at home: a placemark
/// per waypoint and one line for the whole loop base → stops → base, styled so it stands out on satellite imagery.
/// </summary>
public static class KmlWriter
{
    public const string Namespace = "http://www.opengis.net/kml/2.2";

    private const string RouteStyleId = "patrol-route";

    // KML colours are aabbggrr, not rrggbb: this is opaque red.
    private const string RouteColour = "ff0000ff";

    /// <summary>Writes the route to <paramref name="output"/>, which is left open.</summary>
    public static void Write(PatrolRoute route, Stream output)
    {
        PatrolRouteValidation.Validate(route, nameof(route));
        ArgumentNullException.ThrowIfNull(output);

        using var xml = XmlWriter.Create(output, ExportFormat.Settings());
        xml.WriteStartDocument();
        xml.WriteStartElement("kml", Namespace);
        xml.WriteStartElement("Document");
        xml.WriteElementString("name", route.Name);
        if (ExportFormat.Summary(route) is { } summary)
            xml.WriteElementString("description", summary);
        WriteRouteStyle(xml);
        foreach (var waypoint in route.Waypoints)
            WritePoint(xml, waypoint);
        WriteLine(xml, route);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The same document as a string, for a download or a test.</summary>
    public static string Write(PatrolRoute route)
    {
        using var buffer = new MemoryStream();
        Write(route, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteRouteStyle(XmlWriter xml)
    {
        xml.WriteStartElement("Style");
        xml.WriteAttributeString("id", RouteStyleId);
        xml.WriteStartElement("LineStyle");
        xml.WriteElementString("color", RouteColour);
        xml.WriteElementString("width", "4");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WritePoint(XmlWriter xml, PatrolWaypoint waypoint)
    {
        xml.WriteStartElement("Placemark");
        xml.WriteElementString("name", waypoint.Name);
        if (waypoint.Description is not null)
            xml.WriteElementString("description", waypoint.Description);
        xml.WriteStartElement("Point");
        xml.WriteElementString("coordinates", Coordinates(waypoint));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // Tessellate makes the line follow the ground rather than cut through hills between distant stops.
    private static void WriteLine(XmlWriter xml, PatrolRoute route)
    {
        xml.WriteStartElement("Placemark");
        xml.WriteElementString("name", route.Name);
        xml.WriteElementString("styleUrl", "#" + RouteStyleId);
        xml.WriteStartElement("LineString");
        xml.WriteElementString("tessellate", "1");
        xml.WriteElementString("coordinates", string.Join(' ', route.Line().Select(p => Coordinates(p.Longitude, p.Latitude))));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Coordinates(PatrolWaypoint point) => Coordinates(point.Longitude, point.Latitude);

    private static string Coordinates(double longitude, double latitude) =>
        $"{ExportFormat.Degrees(ExportFormat.Longitude(longitude))},{ExportFormat.Degrees(ExportFormat.Round(latitude))},0";
}
