using System.Globalization;
using Dashboard.Geo.Queries.Risk;
using Dashboard.Web.Disclosure;
using Dashboard.Web.Map;
using Dashboard.Web.RiskMap;
using Microsoft.AspNetCore.Components.Authorization;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>Explains one risk cell factor by factor, in the order the score is built: threat × vulnerability × impact.</summary>
public sealed class RiskCellDetails(RiskRunQueries runs, RiskRunSelection selection, IStringLocalizer<MapStrings> localizer,
    AuthenticationStateProvider authentication, PublishedRisk published)
{
    public async Task<FeatureDetails?> GetAsync(long cellId, CancellationToken ct)
    {
        if (DisclosureService.AggregatesOnly((await authentication.GetAuthenticationStateAsync()).User))
            return await PublishedAsync(cellId, ct);
        var runId = selection.Run ?? await runs.LatestSucceededAsync(ct);
        if (runId is null)
            return null;
        var compare = selection.Compare ?? await runs.PreviousSucceededAsync(runId.Value, ct);
        var cell = await runs.ExplainAsync(runId.Value, cellId, compare, ct);
        if (cell is null)
            return null;
        List<FeatureDetailRow> rows =
        [
            new("Risk.Score", Number(cell.Score, "0.###")),
        ];
        if (cell.PreviousScore is { } previous)
            rows.Add(new("Risk.Change", $"{(cell.Score >= previous ? "+" : "")}{Number(cell.Score - previous, "0.###")} ({localizer["Risk.SinceRun"]} #{cell.PreviousRunId})"));
        rows.AddRange(
        [
            new("Risk.Threat", Number(cell.Threat, "0.###")),
        ]);
        if (cell.ThreatHorizonDays is { } horizon)
        {
            // A fitted threat: what it means, and what each term weighs (only the terms the fit kept, strongest first).
            rows.Add(new("Risk.ThreatModel", string.Format(CultureInfo.CurrentCulture, localizer["Risk.ThreatFitted"], horizon)));
            rows.Add(new("Risk.ThreatTerms", string.Join(" · ", cell.ThreatTerms.Where(t => t.Coefficient > 0).OrderByDescending(t => t.Coefficient)
                .Select(t => $"{localizer[$"Risk.Term.{t.Term}"]} {Number(t.Coefficient, "0.00")}"))));
        }
        rows.AddRange(
        [
            new("Risk.CaseDensity", Number(cell.CaseDensity, "0.##")),
            new("Risk.ReportDensity", Number(cell.ReportDensity, "0.##")),
            new("Risk.RatRouteFactor", "×" + Number(cell.RatRouteFactor, "0.##")),
            new("Risk.CrossingFactor", "×" + Number(cell.CrossingFactor, "0.##")),
            new("Risk.Vulnerability", "×" + Number(cell.Vulnerability, "0.##")),
            new("Risk.CoverageGap", Number(cell.CoverageGapKm, "0.#") + " km"),
            new("Risk.Impact", "×" + Number(cell.Impact, "0.##")),
            new("Risk.MinorShare", cell.MinorShare.ToString("P0", CultureInfo.CurrentCulture)),
            new("Risk.HighRiskShare", cell.HighRiskDestinationShare.ToString("P0", CultureInfo.CurrentCulture)),
            new("Risk.GiZ", Number(cell.GiZ, "0.0")),
            new("Risk.HotSpot", localizer[cell.IsHotSpot ? "Risk.Yes" : "Risk.No"]),
            new("Risk.Run", $"#{cell.RunId}"),
        ]);
        if (cell.ProvinceName is not null)
            rows.Add(new("Details.Province", cell.ProvinceName));
        if (cell.RegencyName is not null)
            rows.Add(new("Details.Regency", cell.RegencyName));
        var title = string.Format(CultureInfo.CurrentCulture, localizer["Risk.Title"], cell.RegencyName ?? cell.ProvinceName ?? "—");
        return new FeatureDetails(title, rows, Synthetic: false);
    }

    /// <summary>Other agencies: the published run's cell in classes, with the drivers' names.</summary>
    private async Task<FeatureDetails?> PublishedAsync(long cellId, CancellationToken ct)
    {
        if (await published.ExplainAsync(cellId, ct) is not { } cell)
            return null;
        string Class(Geo.Disclosure.RiskClass c) => localizer[$"RiskClass.{c}"];
        List<FeatureDetailRow> rows =
        [
            new("Risk.Score", $"{Class(cell.ScoreClass)} ({Number(cell.Score, "0.00")})"),
            new("Risk.Threat", Class(cell.Threat)),
            new("Risk.Vulnerability", Class(cell.Vulnerability)),
            new("Risk.Impact", Class(cell.Impact)),
            new("Risk.Drivers", cell.Drivers.Count == 0 ? "–" : string.Join(", ", cell.Drivers.Select(d => localizer[$"Risk.Driver.{d}"].Value))),
            new("Risk.HotSpot", localizer[cell.IsHotSpot ? "Risk.Yes" : "Risk.No"]),
            new("Risk.Run", $"#{cell.RunId}"),
        ];
        if (cell.ProvinceName is not null)
            rows.Add(new("Details.Province", cell.ProvinceName));
        if (cell.RegencyName is not null)
            rows.Add(new("Details.Regency", cell.RegencyName));
        var title = string.Format(CultureInfo.CurrentCulture, localizer["Risk.Title"], cell.RegencyName ?? cell.ProvinceName ?? "—");
        return new FeatureDetails(title, rows, Synthetic: false);
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.CurrentCulture);
}
