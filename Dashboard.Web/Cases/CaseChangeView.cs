using Dashboard.Geo.Domain.Cases;

namespace Dashboard.Web.Cases;

/// <summary>One line of a case's history as the API and the detail page show it.</summary>
public sealed record CaseChangeView(long Id, DateTimeOffset At, string UserName, string Kind, string? StatusFrom, string? StatusTo, string? Reason, string? Summary)
{
    public static CaseChangeView Of(CaseChange c) =>
        new(c.Id, c.At, c.UserName, c.Kind.ToString(), c.StatusFrom?.ToString(), c.StatusTo?.ToString(), c.Reason, c.Summary);
}
