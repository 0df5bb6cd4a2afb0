namespace Dashboard.Jobs.EarlyWarning;

/// <summary>Where a sparse province's counts are pooled: its island group, so a quiet province cannot alarm on noise.</summary>
public static class IslandGroups
{
    public const string National = "ID";

    public static (string Code, string Name) Of(string provinceCode) => provinceCode[0] switch
    {
        '1' or '2' => ("G-SUMATERA", "Sumatera dan Kepulauan Riau"),
        '3' => ("G-JAWA", "Jawa"),
        '5' => ("G-NUSA-TENGGARA", "Bali dan Nusa Tenggara"),
        '6' => ("G-KALIMANTAN", "Kalimantan"),
        '7' => ("G-SULAWESI", "Sulawesi"),
        '8' => ("G-MALUKU", "Maluku"),
        '9' => ("G-PAPUA", "Papua"),
        _ => (National, "Indonesia"),
    };
}
