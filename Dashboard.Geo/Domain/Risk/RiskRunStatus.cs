namespace Dashboard.Geo.Domain.Risk;

public enum RiskRunStatus
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}
