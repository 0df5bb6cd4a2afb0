namespace Dashboard.Geo.Gazetteer;

/// <summary>A code of the list with the names of the areas it lies in, as offered to someone picking it.</summary>
public sealed record GazetteerHit(
    string Code, GazetteerLevel Level, string Name, string? District, string? Regency, string? Province,
    double? Longitude, double? Latitude, bool IsOutermostSmall, bool Retired)
{
    /// <summary>"Keude Bakongan, Bakongan, Kabupaten Aceh Selatan, Aceh": the name and what it lies in.</summary>
    public string Label => string.Join(", ", new[] { Name, District, Regency, Province }.Where(n => !string.IsNullOrEmpty(n)).Distinct());

    public string? RegencyCode => Level is GazetteerLevel.Province ? null : string.Join('.', Code.Split('.').Take(2));

    public string ProvinceCode => Code[..2];

    public string? DistrictCode => Level is GazetteerLevel.Village ? string.Join('.', Code.Split('.').Take(3)) : Level is GazetteerLevel.District ? Code : null;
}
