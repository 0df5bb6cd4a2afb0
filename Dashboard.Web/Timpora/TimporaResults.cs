namespace Dashboard.Web.Timpora;

/// <summary>A TIMPORA command's result as HTTP: 200, 400 problem details naming the fields, 403 or 404.</summary>
public static class TimporaResults
{
    public static IResult ToHttp<T>(this TimporaResult<T> result) where T : class => result switch
    {
        { Value: { } value } => Results.Ok(value),
        { Refusal: TimporaRefusal.Forbidden } => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your TIMPORA",
            detail: "Only the members of this TIMPORA and the immigration offices covering its area may do this."),
        { Refusal: TimporaRefusal.NotFound } => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        _ => Results.ValidationProblem(result.Errors),
    };

    /// <summary>A malformed area code in the path, as the roster answers it.</summary>
    public static IResult? BadArea(string code) => TimporaAreaCode.LevelOf(code) is null
        ? Results.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["A province (\"61\") or regency (\"61.05\") code."] })
        : null;
}
