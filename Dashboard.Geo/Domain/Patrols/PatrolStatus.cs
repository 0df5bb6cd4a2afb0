namespace Dashboard.Geo.Domain.Patrols;

public enum PatrolStatus
{
    Planned = 1,
    Done = 2,
    Cancelled = 3,
}
