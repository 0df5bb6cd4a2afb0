namespace Dashboard.Web.Screening;

/// <summary>
/// What a protection, referral or directory command came to: the stored value, or the errors naming each field, with
/// the status the API answers (400 bad input, 403 not theirs, 404 not found, 409 already done differently).
/// </summary>
public sealed record DeskOutcome<T>(T? Value, bool Created, int Status, IReadOnlyDictionary<string, string[]> Errors) where T : class
{
    public bool Succeeded => Value is not null;

    public static DeskOutcome<T> Done(T value, bool created) => new(value, created, created ? 201 : 200, new Dictionary<string, string[]>());

    public static DeskOutcome<T> Refused(int status, string field, string message) =>
        new(null, false, status, new Dictionary<string, string[]> { [field] = [message] });

    public static DeskOutcome<T> Invalid(Dictionary<string, string[]> errors) => new(null, false, 400, errors);
}
