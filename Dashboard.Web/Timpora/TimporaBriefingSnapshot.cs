using System.Text.Json;
using Dashboard.Web.Briefing;

namespace Dashboard.Web.Timpora;

/// <summary>
/// The briefing a meeting looked at, kept as it was that day: the calendar period and the one compared with, the k of
/// the aggregates, and the TIMPORA's regions with their figures as text ("&lt;3" where hidden). Taken at the aggregate
/// level, since every member agency reads the meeting's record.
/// </summary>
public sealed record TimporaBriefingSnapshot(DateOnly From, DateOnly To, DateOnly CompareFrom, DateOnly CompareTo, int K, int? RiskRun,
    IReadOnlyList<TimporaBriefingLine> Regions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TimporaBriefingSnapshot Of(BriefingTable table, Func<BriefingRow, bool> keep) => new(
        table.Period.From, table.Period.To, table.Period.CompareFrom, table.Period.CompareTo, table.K ?? 0, table.RiskRun,
        [.. table.Rows.Where(keep).Select(r => new TimporaBriefingLine(r.Code, r.Name, r.Risk, r.Cases, r.CasesBefore, r.Victims, r.Minors, r.Reports, r.Offloadings, r.OpenAlerts))]);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TimporaBriefingSnapshot? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<TimporaBriefingSnapshot>(json, Json);
}

/// <summary>One region's figures in a meeting's briefing, as the aggregates showed them.</summary>
public sealed record TimporaBriefingLine(string Code, string Name, double? Risk, string Cases, string CasesBefore, string Victims, string Minors,
    string Reports, string Offloadings, string OpenAlerts);
