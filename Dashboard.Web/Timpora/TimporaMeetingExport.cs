using System.Globalization;
using System.Text;

namespace Dashboard.Web.Timpora;

/// <summary>
/// A meeting's record as CSV for the secretariat: one line per attendee, decision and action item (with those carried
/// over from earlier meetings) and the briefing it looked at, under a header naming the TIMPORA, day and place.
/// </summary>
public static class TimporaMeetingExport
{
    public static string Csv(TimporaMeetingView m, IReadOnlyDictionary<string, string> names)
    {
        var csv = new StringBuilder();
        csv.AppendLine($"# timpora={m.AreaCode}; meeting={m.Id}; held_on={Date(m.HeldOn)}; place={Flat(m.Place)}; opened_by={m.OpenedBy}");
        csv.AppendLine("section,number,text,owner,agency,due_on,status,overdue,done_at");
        var n = 0;
        foreach (var attendee in m.Attendees)
            Line(csv, "attendee", ++n, names.GetValueOrDefault(attendee, attendee), attendee, "", "", "", "", "");
        if (m.Minutes is not null)
            Line(csv, "minutes", 1, m.Minutes, "", "", "", "", "", "");
        n = 0;
        foreach (var d in m.Decisions)
            Line(csv, "decision", ++n, d.Text, d.RecordedBy, "", "", "", "", "");
        if (m.Briefing is { } b)
        {
            // The figures as the meeting saw them, aggregates at k, one line per region after the period they cover.
            Line(csv, "briefing", 0, $"period {Date(b.From)}..{Date(b.To)} against {Date(b.CompareFrom)}..{Date(b.CompareTo)}; aggregates, below {b.K} hidden", "", "", "", "", "", "");
            n = 0;
            foreach (var r in b.Regions)
                Line(csv, "briefing", ++n, $"{r.Name} ({r.Code}): risk {r.Risk?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"}; cases {r.Cases} (before {r.CasesBefore}); victims {r.Victims}; minors {r.Minors}; reports {r.Reports}; offloadings {r.Offloadings}; open alerts {r.OpenAlerts}",
                    "", "", "", "", "", "");
        }
        foreach (var (section, items) in new[] { ("action_item", m.ActionItems), ("carried_over", m.CarriedOver) })
        {
            n = 0;
            foreach (var a in items)
                Line(csv, section, ++n, a.Text, a.Owner, a.OwnerAgency, Date(a.DueOn), a.Status.ToString().ToLowerInvariant(),
                    a.Overdue ? "yes" : "no", a.DoneAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "");
        }
        return csv.ToString();
    }

    private static void Line(StringBuilder csv, string section, int number, params string[] cells) =>
        csv.AppendLine(string.Join(',', new[] { section, number.ToString(CultureInfo.InvariantCulture) }.Concat(cells).Select(Quote)));

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Flat(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Replace(';', ',');

    /// <summary>Quoted as spreadsheets expect, and a cell that would start a formula is defused with an apostrophe.</summary>
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
