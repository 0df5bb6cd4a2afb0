using System.Security.Claims;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Offices;
using Dashboard.Geo.Queries.Reports;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;

namespace Dashboard.Web.Reports;

/// <summary>
/// The field reports a person may review, for the /reports page and GET /api/reports: staff of an office see their
/// working area by default and may switch to the nation; a field officer stays in the working area (or, without one,
/// sees the reports they filed). Every read is audited with how many reports it showed.
/// </summary>
public sealed class FieldReportList(FieldReportQuery query, WorkingAreas areas, AccessLog log)
{
    public const string ReadAction = "reports.list";

    /// <summary>What was listed: the working area, the nation, or (a field officer without a working area) their own reports.</summary>
    public enum Reach { Area, National, Own }

    public sealed record Answer(IReadOnlyList<FieldReportRow>? Rows, Dictionary<string, string[]> Errors, Reach Scope);

    public static bool MayGoNational(ClaimsPrincipal user) => !user.IsInRole(Roles.FieldOfficer) || user.IsInRole(Roles.Administrator)
        || user.IsInRole(Roles.HqAnalyst) || user.IsInRole(Roles.PatrolPlanner);

    public async Task<Answer> ListAsync(ClaimsPrincipal user, int? days, string? kind, string? scope, int? limit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var chosenDays = days ?? 7;
        if (!FieldReportFilter.DayChoices.Contains(chosenDays))
            errors["days"] = [$"days must be one of {string.Join(", ", FieldReportFilter.DayChoices)}; got {days}."];
        var kinds = new List<ReportKind>();
        foreach (var part in (kind ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (Enum.TryParse<ReportKind>(part, ignoreCase: true, out var k) && Enum.IsDefined(k))
                kinds.Add(k);
            else
                errors["kind"] = [$"kind '{part}' must be one of: {string.Join(", ", Enum.GetNames<ReportKind>())}."];
        if (limit is < 1 or > FieldReportQuery.MaxList)
            errors["limit"] = [$"limit is between 1 and {FieldReportQuery.MaxList}."];
        var national = ViewScope.IsNational(scope, user, errors);
        if (!MayGoNational(user))
            national = false;
        if (errors.Count > 0)
            return new Answer(null, errors, Reach.Area);

        var area = national == true ? null : await areas.ForAsync(user.WorkingAreaCodes(), ct);
        // A field officer without a working area reviews only what their own account filed.
        var reach = area is not null ? Reach.Area : MayGoNational(user) ? Reach.National : Reach.Own;
        var own = reach == Reach.Own ? user.Identity?.Name ?? Acting.Unknown : null;
        var rows = await query.ListAsync(new FieldReportFilter(chosenDays, kinds, area, own), limit ?? 200, ct);
        await log.RecordAsync(user, ReadAction, $"reports days={chosenDays} kind={kind} scope={reach.ToString().ToLowerInvariant()}",
            rows.Count, AuditOutcome.Allowed, ct);
        return new Answer(rows, errors, reach);
    }
}
