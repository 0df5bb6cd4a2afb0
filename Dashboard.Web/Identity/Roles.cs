namespace Dashboard.Web.Identity;

/// <summary>The five roles named by the product; one person may hold several.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string HqAnalyst = "HqAnalyst";
    public const string TimporaMember = "TimporaMember";
    public const string PatrolPlanner = "PatrolPlanner";
    public const string FieldOfficer = "FieldOfficer";

    public static IReadOnlyList<string> All { get; } = [Administrator, HqAnalyst, TimporaMember, PatrolPlanner, FieldOfficer];
}
