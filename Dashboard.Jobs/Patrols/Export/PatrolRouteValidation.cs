using System.Globalization;
using System.Xml;

namespace Dashboard.Jobs.Patrols.Export;

/// <summary>
/// Refuses a route before a byte is written, because the failures are otherwise silent or far away: a NaN or
/// off-globe coordinate lands a waypoint somewhere absurd on the device, and a control character pasted from a field
/// report makes the whole file unreadable there. Messages name the waypoint so whoever edited the route can find it.
/// </summary>
internal static class PatrolRouteValidation
{
    public static void Validate(PatrolRoute route, string parameter)
    {
        ArgumentNullException.ThrowIfNull(route, parameter);
        if (string.IsNullOrWhiteSpace(route.Name))
            throw new ArgumentException("The route has no name.", parameter);
        Text("The route", "name", route.Name, parameter);
        Text("The route", "team", route.Team, parameter);

        var home = route.Base ?? throw new ArgumentException("The route has no base.", parameter);
        if (string.IsNullOrWhiteSpace(home.Name))
            throw new ArgumentException($"The base '{home.Id}' has no name.", parameter);
        var baseName = $"The base '{home.Name}'";
        Text(baseName, "name", home.Name, parameter);
        Coordinates(baseName, home.Longitude, home.Latitude, parameter);

        var waypoints = route.Waypoints ?? throw new ArgumentException("The route has no waypoint list.", parameter);
        for (var k = 0; k < waypoints.Count; k++)
        {
            var waypoint = waypoints[k] ?? throw new ArgumentException($"Waypoint at index {k} is null.", parameter);
            if (string.IsNullOrWhiteSpace(waypoint.Name))
                throw new ArgumentException($"Waypoint at index {k} has no name.", parameter);
            var name = $"Waypoint '{waypoint.Name}' (index {k})";
            Text(name, "name", waypoint.Name, parameter);
            Text(name, "description", waypoint.Description, parameter);
            Coordinates(name, waypoint.Longitude, waypoint.Latitude, parameter);
        }
        for (var k = 0; k < (route.Track?.Count ?? 0); k++)
            Coordinates($"Track point {k}", route.Track![k].Longitude, route.Track[k].Latitude, parameter);
    }

    private static void Coordinates(string name, double longitude, double latitude, string parameter)
    {
        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{name} has longitude {longitude}; it must be a finite number in [-180, 180]."), parameter);
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{name} has latitude {latitude}; it must be a finite number in [-90, 90]."), parameter);
    }

    private static void Text(string owner, string field, string? value, string parameter)
    {
        if (value is null)
            return;
        try
        {
            XmlConvert.VerifyXmlChars(value);
        }
        catch (XmlException error)
        {
            throw new ArgumentException($"{owner} has a character XML cannot carry in its {field}: {error.Message}", parameter);
        }
    }
}
