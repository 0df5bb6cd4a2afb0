using Dashboard.Web.Reports;

namespace Dashboard.Web.Patrols;

/// <summary>
/// What a planner types after a patrol: done or cancelled, a note, and at most one finding at one of its stops (its
/// grading as the team judged it). The finding becomes a patrol-sighting field report.
/// </summary>
public sealed class PatrolOutcomeEntry
{
    public long PatrolId { get; set; }

    public string Status { get; set; } = "Done";

    public string? Outcome { get; set; }

    public string? FindingText { get; set; }

    public int FindingStop { get; set; }

    public string Grading { get; set; } = "B2";

    /// <summary>Made once per entry, so pressing the button twice files the finding once.</summary>
    public string FindingKey { get; } = $"patrol-finding-{Guid.NewGuid():N}";

    public PatrolOutcomeRequest ToRequest(PatrolSummary patrol, DateTimeOffset now)
    {
        ReportSubmission[] findings = [];
        if (Status == "Done" && !string.IsNullOrWhiteSpace(FindingText))
        {
            var stop = patrol.Stops.ElementAtOrDefault(FindingStop);
            findings = [new ReportSubmission(FindingKey, "PatrolSighting", stop?.Longitude ?? patrol.BaseLongitude, stop?.Latitude ?? patrol.BaseLatitude,
                now, "temuan patroli", Grading[..1], int.Parse(Grading[1..], System.Globalization.CultureInfo.InvariantCulture), FindingText.Trim())];
        }
        return new PatrolOutcomeRequest(Status, Outcome, findings);
    }
}
