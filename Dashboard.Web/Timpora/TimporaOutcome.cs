namespace Dashboard.Web.Timpora;

/// <summary>What an assignment came to: the membership, or the problems by field.</summary>
public sealed record TimporaOutcome(TimporaMemberView? Member, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Member is not null;
}
