namespace Dashboard.Web.Audit;

/// <summary>What the audit viewer asks for: any of user, agency, action (a prefix such as "export."), outcome and period.</summary>
public sealed record AuditFilter(string? User = null, string? Agency = null, string? Action = null, string? Outcome = null,
    DateOnly? From = null, DateOnly? To = null)
{
    public const int MaxPageSize = 200;

    /// <summary>Days are whole UTC days, <see cref="To"/> included.</summary>
    public IQueryable<AccessEvent> Apply(IQueryable<AccessEvent> lines)
    {
        if (!string.IsNullOrWhiteSpace(User))
            lines = lines.Where(e => e.UserName == User.Trim());
        if (!string.IsNullOrWhiteSpace(Agency))
            lines = lines.Where(e => e.Agency == Agency.Trim());
        if (!string.IsNullOrWhiteSpace(Action))
            lines = lines.Where(e => e.Action.StartsWith(Action.Trim()));
        if (!string.IsNullOrWhiteSpace(Outcome))
            lines = lines.Where(e => e.Outcome == Outcome.Trim());
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            lines = lines.Where(e => e.At >= start);
        }
        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            lines = lines.Where(e => e.At < end);
        }
        return lines;
    }

    public string Describe() => string.Join(' ', new[]
    {
        User is { Length: > 0 } ? $"user={User}" : null,
        Agency is { Length: > 0 } ? $"agency={Agency}" : null,
        Action is { Length: > 0 } ? $"action={Action}" : null,
        Outcome is { Length: > 0 } ? $"outcome={Outcome}" : null,
        From is { } f ? $"from={f:yyyy-MM-dd}" : null,
        To is { } t ? $"to={t:yyyy-MM-dd}" : null,
    }.Where(p => p is not null)) is { Length: > 0 } text ? text : "all";
}
