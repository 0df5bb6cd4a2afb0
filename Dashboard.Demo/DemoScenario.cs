namespace Dashboard.Demo;

/// <summary>How the demo world's cases move over time.</summary>
public enum DemoScenario
{
    /// <summary>Each regency's origin villages keep fixed weights: last year's count is close to the best forecast.</summary>
    Steady,

    /// <summary>
    /// Recruitment networks are born, peak and die in the villages; a case brings follow-on cases from the same village
    /// within weeks (near-repeat); monthly counts are overdispersed. A harder judge of a forecast than the steady world.
    /// </summary>
    Shifting,
}
