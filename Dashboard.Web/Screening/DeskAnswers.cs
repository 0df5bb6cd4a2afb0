namespace Dashboard.Web.Screening;

/// <summary>How a desk's outcome is answered on the API: 201/200 with the record, or problem details naming each field.</summary>
internal static class DeskAnswers
{
    public static IResult Of<T>(DeskOutcome<T> outcome, Func<T, string> location) where T : class => outcome switch
    {
        { Value: { } v, Created: true } => Results.Created(location(v), v),
        { Value: { } v } => Results.Ok(v),
        { Status: 400 } => Results.ValidationProblem(outcome.Errors, title: "The request is not valid; nothing was stored."),
        _ => Results.ValidationProblem(outcome.Errors, statusCode: outcome.Status, title: outcome.Status switch
        {
            403 => "Not yours to answer.",
            404 => "Not found.",
            _ => "Already done otherwise; nothing was changed.",
        }),
    };
}
