namespace Dashboard.Web.Crossings;

/// <summary>
/// What an edit of master data came to: the stored value, or the fields that made it impossible (400), or a missing
/// record (404), or a record outside the editor's working area (403), or a clash with another record (409).
/// </summary>
public sealed record EditOutcome<T>(T? Value, IDictionary<string, string[]> Errors, int Status) where T : class
{
    public bool Succeeded => Value is not null;

    public static EditOutcome<T> Of(T value) => new(value, new Dictionary<string, string[]>(), StatusCodes.Status200OK);

    public static EditOutcome<T> Invalid(IReadOnlyDictionary<string, string> problems) =>
        new(null, problems.ToDictionary(p => p.Key, p => new[] { p.Value }), StatusCodes.Status400BadRequest);

    public static EditOutcome<T> NotFound(string field, string message) =>
        new(null, new Dictionary<string, string[]> { [field] = [message] }, StatusCodes.Status404NotFound);

    public static EditOutcome<T> Forbidden(string field, string message) =>
        new(null, new Dictionary<string, string[]> { [field] = [message] }, StatusCodes.Status403Forbidden);

    public static EditOutcome<T> Conflict(string field, string message) =>
        new(null, new Dictionary<string, string[]> { [field] = [message] }, StatusCodes.Status409Conflict);

    /// <summary>The API's answer: the value, or RFC 7807 problem details naming each field.</summary>
    public IResult ToResult(Func<T, IResult> ok) => Succeeded
        ? ok(Value!)
        : Status == StatusCodes.Status400BadRequest
            ? Results.ValidationProblem(Errors, title: "Some fields are not valid; nothing was stored.")
            : Results.Problem(statusCode: Status, title: Errors.First().Value[0],
                extensions: new Dictionary<string, object?> { ["errors"] = Errors });
}
