namespace Dashboard.Geo.Disclosure;

/// <summary>How often the risk map is republished for readers who see aggregates only.</summary>
public enum RiskPublicationSchedule
{
    Daily,

    /// <summary>Mondays, at the publication hour.</summary>
    Weekly,
}
