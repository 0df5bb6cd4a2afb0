namespace Dashboard.Web.Timpora;

/// <summary>
/// One agency's share of a TIMPORA's work in a period: warnings and requests it sent and how many were answered, those
/// it answered for the others and the median time it took, its action items (of the meetings held in the period) and how many were done by their due date.
/// </summary>
public sealed record TimporaContributionRow(string Agency, int Sent, int SentAnswered, int Answered, double? MedianAnswerHours,
    int ActionItems, int DoneOnTime, int Overdue);

/// <summary>The figures of one TIMPORA in a period; a partner's member gets their own agency's row only.</summary>
public sealed record TimporaContributionView(string AreaCode, DateOnly From, DateOnly To, IReadOnlyList<TimporaContributionRow> Agencies);
