namespace Dashboard.Web.Timpora;

/// <summary>What a warning or request is about; a closed list, so figures per category mean the same everywhere.</summary>
public static class TimporaCategories
{
    public static IReadOnlyList<string> All { get; } = ["network", "crossing", "recruitment", "documents", "departure", "other"];
}
