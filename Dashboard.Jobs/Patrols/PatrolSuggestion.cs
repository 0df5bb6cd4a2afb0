namespace Dashboard.Jobs.Patrols;

/// <summary>
/// What the planner proposes. <see cref="Suggested"/> is drawn at random among the near-best plans found, so it is
/// not always <see cref="Best"/>; <see cref="ShareOfBest"/> lets the page say how close it is ("97 % of the best
/// plan found"). The alternatives each differ meaningfully from the suggestion and from one another.
/// </summary>
public sealed class PatrolSuggestion
{
    public PatrolSuggestion(PatrolPlan suggested, PatrolPlan best, IReadOnlyList<PatrolPlan> alternatives, int nearBestCount)
    {
        Suggested = suggested;
        Best = best;
        Alternatives = alternatives;
        NearBestCount = nearBestCount;
    }

    public PatrolPlan Suggested { get; }

    public PatrolPlan Best { get; }

    /// <summary>Other plans worth showing, by decreasing risk; at most the configured number, possibly none.</summary>
    public IReadOnlyList<PatrolPlan> Alternatives { get; }

    /// <summary>How many distinct plans were within the near-best tolerance and so could have been suggested.</summary>
    public int NearBestCount { get; }

    public double ShareOfBest => Best.Risk > 0 ? Suggested.Risk / Best.Risk : 1;
}
