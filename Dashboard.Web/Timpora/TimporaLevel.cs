namespace Dashboard.Web.Timpora;

/// <summary>A TIMPORA is formed for a regency (or city) or for a province; its code says which ("61" or "61.05").</summary>
public enum TimporaLevel
{
    Province,
    Regency,
}
