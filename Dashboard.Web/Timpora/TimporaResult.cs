namespace Dashboard.Web.Timpora;

/// <summary>Why a TIMPORA command was not carried out, besides bad input.</summary>
public enum TimporaRefusal
{
    None,
    Forbidden,
    NotFound,
}

/// <summary>What a TIMPORA command came to: its value, the problems by field, or a refusal.</summary>
public sealed record TimporaResult<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors, TimporaRefusal Refusal) where T : class
{
    public static TimporaResult<T> Ok(T value) => new(value, new Dictionary<string, string[]>(), TimporaRefusal.None);

    public static TimporaResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, TimporaRefusal.None);

    public static TimporaResult<T> Refused(TimporaRefusal refusal) => new(null, new Dictionary<string, string[]>(), refusal);
}
