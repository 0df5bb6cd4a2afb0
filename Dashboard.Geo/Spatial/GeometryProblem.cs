namespace Dashboard.Geo.Spatial;

/// <summary>Why one record's geometry was refused, naming the record so the person who sent it can find it.</summary>
public sealed record GeometryProblem(string RecordKind, string RecordLabel, GeometryProblemKind Kind, string Detail)
{
    public string Message => $"{RecordKind} '{RecordLabel}': {Detail}";
}
