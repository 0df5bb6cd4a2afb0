namespace Dashboard.Web.Identity;

/// <summary>The five roles named by the product; one person may hold several.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string HqAnalyst = "HqAnalyst";
    public const string TimporaMember = "TimporaMember";
    public const string PatrolPlanner = "PatrolPlanner";
    public const string FieldOfficer = "FieldOfficer";

    /// <summary>Not a person's role: the jobs worker, signed in with the service key, publishing events.</summary>
    public const string Service = "Service";

    public static IReadOnlyList<string> All { get; } = [Administrator, HqAnalyst, TimporaMember, PatrolPlanner, FieldOfficer];
}
