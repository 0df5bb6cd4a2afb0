namespace Dashboard.Geo.Villages;

/// <summary>Partner agencies that may be present at an outreach session.</summary>
public static class OutreachPartners
{
    public static IReadOnlyList<string> All { get; } = ["BP2MI", "Dinsos", "Police", "VillageGovernment", "Ngo", "Other"];
}
