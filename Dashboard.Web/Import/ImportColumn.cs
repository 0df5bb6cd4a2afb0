namespace Dashboard.Web.Import;

/// <summary>A column of an import: the API's name, the Indonesian template's name (accepted too), and whether a file must have it.</summary>
public sealed record ImportColumn(string Name, string Indonesian, bool Required = false)
{
    public string[] Names => [Name, Indonesian];
}
