namespace Dashboard.Geo.Domain.Cases;

public static class AgeGroupExtensions
{
    /// <summary>Under 18, as the trafficking law and CTDC's "isUnder18" define a child.</summary>
    public static bool IsMinor(this AgeGroup group) => group is AgeGroup.Age0To8 or AgeGroup.Age9To17;
}
