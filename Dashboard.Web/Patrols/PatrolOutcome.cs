namespace Dashboard.Web.Patrols;

/// <summary>A result, or every field that made the request impossible to answer.</summary>
public sealed record PatrolOutcome<T>(T? Value, IDictionary<string, string[]> Errors) where T : class
{
    public bool IsValid => Value is not null;

    public static PatrolOutcome<T> Of(T value) => new(value, new Dictionary<string, string[]>());

    public static PatrolOutcome<T> Invalid(IDictionary<string, string[]> errors) => new(null, errors);
}
