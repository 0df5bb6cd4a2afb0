using System.Text.Json;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// The files of the npm package `idn-area-data` (ODbL) as the build copies them: provinces.csv, regencies.csv,
/// districts.csv, villages.csv, islands.csv and the package.json that names the release.
/// </summary>
public sealed class GazetteerFiles(string directory)
{
    public string Directory { get; } = directory;

    /// <summary>Whether the folder holds the list: the build's copy (package.json beside the CSVs) or the package's data/ folder.</summary>
    public static bool Exist(string directory) =>
        File.Exists(Path.Combine(directory, "provinces.csv")) && PackageJson(directory) is not null;

    public string ReadVersion()
    {
        var path = PackageJson(Directory) ?? throw new FileNotFoundException($"No package.json in or above {Directory}.");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("version").GetString()
            ?? throw new InvalidDataException($"{Directory}/package.json names no version.");
    }

    public IEnumerable<GazetteerEntry> ReadEntries()
    {
        foreach (var r in Rows("provinces.csv"))
            yield return new GazetteerEntry(r["code"], GazetteerLevel.Province, r["name"], null, r["code"]);
        foreach (var r in Rows("regencies.csv"))
            yield return new GazetteerEntry(r["code"], GazetteerLevel.Regency, r["name"], r["province_code"], r["province_code"]);
        foreach (var r in Rows("districts.csv"))
            yield return new GazetteerEntry(r["code"], GazetteerLevel.District, r["name"], r["regency_code"], r["code"][..2]);
        foreach (var r in Rows("villages.csv"))
            yield return new GazetteerEntry(r["code"], GazetteerLevel.Village, r["name"], r["district_code"], r["code"][..2]);
        foreach (var r in Rows("islands.csv"))
        {
            var at = DmsCoordinate.Parse(r["coordinate"]);
            var province = r["code"][..2];
            yield return new GazetteerEntry(r["code"], GazetteerLevel.Island, r["name"],
                r["regency_code"] is { Length: > 0 } regency ? regency : province, province,
                at?.Longitude, at?.Latitude, r["is_populated"] == "1", r["is_outermost_small"] == "1");
        }
    }

    private static string? PackageJson(string directory) =>
        new[] { Path.Combine(directory, "package.json"), Path.Combine(directory, "..", "package.json") }.FirstOrDefault(File.Exists);

    private IEnumerable<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        var path = Path.Combine(Directory, file);
        if (!File.Exists(path))
            yield break;
        using var reader = new StreamReader(path);
        foreach (var row in SimpleCsv.Read(reader))
            yield return row;
    }
}
