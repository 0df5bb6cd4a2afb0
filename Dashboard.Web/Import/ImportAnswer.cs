namespace Dashboard.Web.Import;

/// <summary>
/// A master-data import as the API answers it: the verdicts with 200; a file that cannot be read as 400 and refused rows
/// as 422, both problem details naming each field ("rows[4].longitude") with the row verdicts as an extension.
/// </summary>
public static class ImportAnswer
{
    public static IResult Of(MasterImportResult result, string what)
    {
        var verdicts = result.Verdicts.Select(v => new { v.Where, v.Key, Verdict = v.Verdict.ToString().ToLowerInvariant(), v.Problems }).ToList();
        if (result.Succeeded)
            return Results.Ok(new { result.DryRun, result.Rows, result.Created, result.Updated, result.Unchanged, result.Refused, Verdicts = verdicts });
        var malformed = result.Errors.Keys.All(k => k == "file" || k.StartsWith("columns.", StringComparison.Ordinal));
        return Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value),
            title: malformed ? $"The file could not be read as a {what} import." : "Some rows were refused; nothing was imported.",
            statusCode: malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["dryRun"] = result.DryRun, ["rows"] = result.Rows, ["refused"] = result.Refused, ["verdicts"] = verdicts,
            });
    }
}
