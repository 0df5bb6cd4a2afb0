namespace Dashboard.Web.Cases;

public enum CaseWriteOutcome
{
    Created,
    /// <summary>The same case was sent again: nothing changed.</summary>
    Unchanged,
    Updated,
    Invalid,
    /// <summary>The (agency, reference) pair belongs to a case with other content, or the transition is not allowed now.</summary>
    Conflict,
    NotFound,
}

public sealed record CaseWriteResult(CaseWriteOutcome Outcome, CaseView? Case, IDictionary<string, string[]> Errors)
{
    public static CaseWriteResult Failed(CaseWriteOutcome outcome, string field, string message) =>
        new(outcome, null, new Dictionary<string, string[]> { [field] = [message] });
}
