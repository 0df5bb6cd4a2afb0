namespace Dashboard.Geo.Domain.Alerts;

/// <summary>The outcomes' names on the API (kebab-case, as the other closed lists are written there).</summary>
public static class AlertOutcomes
{
    public static IReadOnlyDictionary<string, AlertOutcome> ByName { get; } = new Dictionary<string, AlertOutcome>(StringComparer.OrdinalIgnoreCase)
    {
        ["victims-intercepted"] = AlertOutcome.VictimsIntercepted,
        ["case-opened"] = AlertOutcome.CaseOpened,
        ["referred"] = AlertOutcome.Referred,
        ["patrol-found-activity"] = AlertOutcome.PatrolFoundActivity,
        ["no-finding"] = AlertOutcome.NoFinding,
        ["false-alarm"] = AlertOutcome.FalseAlarm,
        ["duplicate"] = AlertOutcome.Duplicate,
    };

    /// <summary>Accepts the kebab-case name or the enum's own name, as the answers write it; never a bare number.</summary>
    public static bool TryParse(string? text, out AlertOutcome outcome)
    {
        outcome = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var trimmed = text.Trim();
        if (ByName.TryGetValue(trimmed, out outcome))
            return true;
        return !int.TryParse(trimmed, out _) && Enum.TryParse(trimmed, ignoreCase: true, out outcome) && Enum.IsDefined(outcome);
    }

    public static string NameOf(AlertOutcome outcome) => ByName.First(p => p.Value == outcome).Key;

    /// <summary>Something was found: the alert led to action on the ground.</summary>
    public static bool IsFinding(AlertOutcome outcome) =>
        outcome is AlertOutcome.VictimsIntercepted or AlertOutcome.CaseOpened or AlertOutcome.Referred or AlertOutcome.PatrolFoundActivity;
}
