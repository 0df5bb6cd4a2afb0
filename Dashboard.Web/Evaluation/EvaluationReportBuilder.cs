using System.Security.Claims;
using Dashboard.Geo.Offices;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Evaluation;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Web.Identity;
using Dashboard.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Evaluation;

/// <summary>Gathers the periodic report's figures from the same queries the evaluation page, the overview and the risk map use.</summary>
public sealed class EvaluationReportBuilder(IDbContextFactory<GeoDbContext> contexts, AlertEvaluationQuery alerts, ProtectionFigures protection,
    RiskMapPictureQuery riskMap, RegionRiskQuery regions, PatrolEvaluationQuery patrols, ForecastSkillQuery forecast, TimeProvider clock)
{
    public const int LeadingRegionCount = 10;

    /// <summary>
    /// One office's report: its alerts counted in its working area, the cases recruited from its regencies, the
    /// protection path at its checkpoints and the regencies it covers in the risk ranking; the map is its province's when
    /// the area lies in one, else the nation's.
    /// </summary>
    public async Task<EvaluationReport> BuildForOfficeAsync(ClaimsPrincipal user, ReportPeriod period, string officeCode, string officeName,
        WorkingArea area, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var regencies = area.RegencyCodes.ToList();
        var province = area.ProvinceCodes.Count == 1 ? area.ProvinceCodes.First() : null;
        var rules = await alerts.ByRuleAsync(period.Start, period.End, null, ct, area);
        var cases = await CasesAsync(db.CaseOrigins.AsNoTracking().Where(c => regencies.Contains(c.RegencyCode)), period, ct);
        var figures = await protection.ForAsync(user, period.From, period.To, null, ct, regencies);
        var picture = await riskMap.AtAsync(period.End, province, ct);
        var leading = picture is null ? [] : (await regions.RankAsync(picture.RunId, "regency", province, ct))
            .Where(r => regencies.Contains(r.Code)).OrderByDescending(r => r.MeanScore).Take(LeadingRegionCount).ToList();
        return new EvaluationReport(period, province, officeName, rules, cases, figures, picture, leading, clock.GetUtcNow(), user.ActorName(), officeCode)
        {
            Patrols = await patrols.EvaluateAsync(period.Start, period.End, null, regencies, ct),
            Forecast = await forecast.ByMonthAsync(ForecastMonthsBefore(period), null, regencies, ct),
        };
    }

    // The months up to the report's last, as the page counts them: never the month under way.
    private DateOnly ForecastMonthsBefore(ReportPeriod period) => new EvaluationPeriod(period.From, period.To).ForecastMonthsBefore(clock);

    private static async Task<ReportCases> CasesAsync(IQueryable<Geo.Domain.Cases.CaseOrigin> cases, ReportPeriod period, CancellationToken ct) =>
        await cases.Where(c => c.ReportedOn >= period.From && c.ReportedOn <= period.To)
            .GroupBy(_ => 1).Select(g => new ReportCases(g.Count(), g.Sum(c => c.VictimCount), g.Sum(c => c.MinorCount)))
            .FirstOrDefaultAsync(ct) ?? new ReportCases(0, 0, 0);

    /// <summary>The report, or null when the province code names no province.</summary>
    public async Task<EvaluationReport?> BuildAsync(ClaimsPrincipal user, ReportPeriod period, string? provinceCode, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        string areaName;
        if (provinceCode is null)
            areaName = "Indonesia";
        else if (await db.Provinces.AsNoTracking().Where(p => p.Code == provinceCode).Select(p => p.Name).FirstOrDefaultAsync(ct) is { } name)
            areaName = name;
        else
            return null;

        var rules = await alerts.ByRuleAsync(period.Start, period.End, provinceCode, ct);
        var cases = await CasesAsync(db.CaseOrigins.AsNoTracking().Where(c => provinceCode == null || c.ProvinceCode == provinceCode), period, ct);
        var figures = await protection.ForAsync(user, period.From, period.To, provinceCode, ct);
        var picture = await riskMap.AtAsync(period.End, provinceCode, ct);
        var leading = picture is null ? [] : (await regions.RankAsync(picture.RunId, "regency", provinceCode, ct))
            .OrderByDescending(r => r.MeanScore).Take(LeadingRegionCount).ToList();
        return new EvaluationReport(period, provinceCode, areaName, rules, cases, figures, picture, leading, clock.GetUtcNow(), user.ActorName())
        {
            Patrols = await patrols.EvaluateAsync(period.Start, period.End, provinceCode, null, ct),
            Forecast = await forecast.ByMonthAsync(ForecastMonthsBefore(period), provinceCode, null, ct),
        };
    }
}
