namespace Dashboard.Geo.Queries.Patrols;

public enum PatrolCandidateKind
{
    RatRoute = 1,
    RiskCell = 2,
}
