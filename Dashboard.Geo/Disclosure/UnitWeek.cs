namespace Dashboard.Geo.Disclosure;

/// <summary>What happened in one regency in one ISO week: the finest cell the disclosure rules ever add up.</summary>
public sealed record UnitWeek(string Regency, DateOnly WeekStart, int Cases, int Victims, int Minors, int Reports, int Offloadings)
{
    public long Count(Measure measure) => measure switch
    {
        Measure.Cases => Cases,
        Measure.Victims => Victims,
        Measure.Minors => Minors,
        Measure.Reports => Reports,
        _ => Offloadings,
    };
}
