namespace Dashboard.Web.Gazetteer;

/// <summary>Where the gazetteer's files are ("Gazetteer" settings); empty means the build's own copy.</summary>
public sealed class GazetteerOptions
{
    public const string Section = "Gazetteer";

    /// <summary>A folder holding idn-area-data's CSV files and package.json; by default the output's gazetteer/ folder.</summary>
    public string? Directory { get; set; }

    /// <summary>Load a newer release at start-up (on by default).</summary>
    public bool LoadAtStartup { get; set; } = true;
}
