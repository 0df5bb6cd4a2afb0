namespace Dashboard.Geo.Domain.Cases;

/// <summary>A count of victims sharing a sex and an age band. Victims are never stored one by one, by name or by number.</summary>
public sealed class VictimGroup
{
    public Sex Sex { get; set; }

    public AgeGroup AgeGroup { get; set; }

    public int Count { get; set; }
}
