namespace Dashboard.Geo.Gazetteer;

/// <summary>A release of the `idn-area-data` list as loaded: which version, when, and what it changed.</summary>
public sealed class GazetteerRelease
{
    public required string Version { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public int Areas { get; set; }

    public int Added { get; set; }

    public int Retired { get; set; }
}
