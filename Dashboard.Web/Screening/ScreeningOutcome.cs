namespace Dashboard.Web.Screening;

/// <summary>What recording a screening came to: stored (or found stored, for a resend), refused with named errors, or a conflict.</summary>
public sealed record ScreeningOutcome(ScreeningView? Screening, bool Duplicate, bool Conflict, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Screening is not null && Errors.Count == 0;
}
