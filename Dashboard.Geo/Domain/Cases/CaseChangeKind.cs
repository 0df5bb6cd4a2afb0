namespace Dashboard.Geo.Domain.Cases;

public enum CaseChangeKind
{
    Created = 1,
    Edited = 2,
    StatusChanged = 3,
    Imported = 4,
}
