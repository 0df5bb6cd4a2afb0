namespace Dashboard.Geo.Screening;

/// <summary>
/// Indonesian missions abroad that repatriate most trafficking victims (the destinations of domain.md); offered as
/// choices, not a closed list, since a return may come through any mission.
/// </summary>
public static class IndonesianMissions
{
    public static readonly IReadOnlyList<string> Usual =
    [
        "KBRI Kuala Lumpur", "KJRI Johor Bahru", "KJRI Kuching", "KJRI Kota Kinabalu", "KJRI Penang", "KRI Tawau",
        "KBRI Singapura", "KBRI Phnom Penh", "KBRI Yangon", "KBRI Bangkok", "KBRI Vientiane", "KBRI Manila",
        "KBRI Riyadh", "KJRI Jeddah", "KBRI Abu Dhabi", "KJRI Dubai", "KBRI Doha", "KBRI Kuwait City",
        "KJRI Hong Kong", "KDEI Taipei", "KBRI Seoul", "KBRI Tokyo", "KBRI Beijing", "KBRI Dili",
    ];
}
