using System.Globalization;

namespace Dashboard.Web.Reports;

/// <summary>
/// The countries a field officer picks the intended destination from, by name in either language or by ISO code.
/// The usual destinations of trafficked migrants come first in the list; any other ISO 3166-1 alpha-2 code is accepted
/// when typed as a code. Text that names no country is refused, never cut down to two letters.
/// </summary>
public static class DestinationCountries
{
    /// <summary>Code, Indonesian name, English name: the usual destinations first, then neighbours and the rest.</summary>
    public static readonly IReadOnlyList<(string Code, string NameId, string NameEn)> Usual =
    [
        ("MY", "Malaysia", "Malaysia"),
        ("SG", "Singapura", "Singapore"),
        ("SA", "Arab Saudi", "Saudi Arabia"),
        ("AE", "Uni Emirat Arab", "United Arab Emirates"),
        ("QA", "Qatar", "Qatar"),
        ("KW", "Kuwait", "Kuwait"),
        ("OM", "Oman", "Oman"),
        ("BH", "Bahrain", "Bahrain"),
        ("JO", "Yordania", "Jordan"),
        ("TR", "Turki", "Türkiye"),
        ("HK", "Hong Kong", "Hong Kong"),
        ("TW", "Taiwan", "Taiwan"),
        ("CN", "Tiongkok", "China"),
        ("JP", "Jepang", "Japan"),
        ("KR", "Korea Selatan", "South Korea"),
        ("BN", "Brunei Darussalam", "Brunei"),
        ("TH", "Thailand", "Thailand"),
        ("KH", "Kamboja", "Cambodia"),
        ("MM", "Myanmar", "Myanmar"),
        ("LA", "Laos", "Laos"),
        ("VN", "Vietnam", "Vietnam"),
        ("PH", "Filipina", "Philippines"),
        ("TL", "Timor-Leste", "Timor-Leste"),
        ("PG", "Papua Nugini", "Papua New Guinea"),
        ("AU", "Australia", "Australia"),
        ("NZ", "Selandia Baru", "New Zealand"),
        ("IN", "India", "India"),
        ("PK", "Pakistan", "Pakistan"),
        ("EG", "Mesir", "Egypt"),
        ("SY", "Suriah", "Syria"),
        ("IQ", "Irak", "Iraq"),
        ("RU", "Rusia", "Russia"),
        ("PL", "Polandia", "Poland"),
        ("DE", "Jerman", "Germany"),
        ("NL", "Belanda", "Netherlands"),
        ("GB", "Inggris Raya", "United Kingdom"),
        ("US", "Amerika Serikat", "United States"),
    ];

    /// <summary>What the list shows for a country, e.g. "Malaysia (MY)": the name in the user's language and the code.</summary>
    public static string Label((string Code, string NameId, string NameEn) country, bool english) =>
        $"{(english ? country.NameEn : country.NameId)} ({country.Code})";

    /// <summary>A code as people read it: "Kamboja (KH)" from the list, else the code itself.</summary>
    public static string Name(string code, bool english) =>
        Usual.FirstOrDefault(c => c.Code == code) is { Code: not null } c ? Label(c, english) : code;

    /// <summary>
    /// "Malaysia", "malaysia", "MY", "my", "Malaysia (MY)" → "MY"; empty → null with success; anything else → false.
    /// </summary>
    public static bool TryResolve(string? text, out string? code)
    {
        code = null;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            return true;
        // "Name (XX)" as the list offers it.
        if (value.Length >= 4 && value[^1] == ')' && value.LastIndexOf('(') is var open and >= 0)
            value = value[(open + 1)..^1].Trim();
        foreach (var c in Usual)
        {
            if (string.Equals(value, c.Code, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, c.NameId, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, c.NameEn, StringComparison.OrdinalIgnoreCase))
            {
                code = c.Code;
                return true;
            }
        }
        if (value.Length == 2 && value.All(char.IsAsciiLetter) && IsIsoRegion(value.ToUpperInvariant()))
        {
            code = value.ToUpperInvariant();
            return true;
        }
        return false;
    }

    private static bool IsIsoRegion(string code)
    {
        try
        {
            return string.Equals(new RegionInfo(code).TwoLetterISORegionName, code, StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
