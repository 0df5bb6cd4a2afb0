namespace Dashboard.Web.Villages;

/// <summary>The "Villages" settings.</summary>
public sealed class VillageOptions
{
    public const string Section = "Villages";

    /// <summary>A village with no outreach session for this many days is flagged as quiet to its office.</summary>
    public int QuietAfterDays { get; set; } = 90;

    /// <summary>Reports and cases within this distance count as "around" the village on its page.</summary>
    public double AroundKm { get; set; } = 5;
}
