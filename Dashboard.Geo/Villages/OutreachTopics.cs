namespace Dashboard.Geo.Villages;

/// <summary>The closed list of outreach topics; "Other" takes a free text.</summary>
public static class OutreachTopics
{
    public const string Other = "Other";

    public static IReadOnlyList<string> All { get; } =
        ["SafeMigration", "RecruiterSigns", "DocumentFraud", "OnlineJobScams", "VictimRights", "ReportingChannels", "ProceduralPlacement", Other];
}
