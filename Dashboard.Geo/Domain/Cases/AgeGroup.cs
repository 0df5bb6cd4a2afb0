namespace Dashboard.Geo.Domain.Cases;

/// <summary>The age bands of the IOM/CTDC data standard ("ageBroad"); no birth dates are kept.</summary>
public enum AgeGroup
{
    Age0To8 = 1,
    Age9To17 = 2,
    Age18To20 = 3,
    Age21To23 = 4,
    Age24To26 = 5,
    Age27To29 = 6,
    Age30To38 = 7,
    Age39To47 = 8,
    Age48Plus = 9,
    Unknown = 99,
}
