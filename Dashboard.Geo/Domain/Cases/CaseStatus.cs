namespace Dashboard.Geo.Domain.Cases;

public enum CaseStatus
{
    Reported = 1,
    UnderInvestigation = 2,
    Prosecuted = 3,
    Closed = 4,
}
