using System.Globalization;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.MapLayers;
using Dashboard.Web.Audit;
using Dashboard.Web.Map;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>
/// Reads one record's details from the geo schema. A single case is shown only to readers allowed to see single cases
/// (never to other agencies' TIMPORA members), and every such read is written to the access log first.
/// </summary>
public sealed class FeatureDetailsSource(
    IDbContextFactory<GeoDbContext> contexts,
    AuthenticationStateProvider authentication,
    AccessLog accessLog,
    RiskCellDetails riskCells,
    IStringLocalizer<MapStrings> localizer) : IFeatureDetailsSource
{
    public async Task<FeatureDetails?> GetAsync(string layer, long id, CancellationToken ct)
    {
        if (!MapLayerNames.TryParse(layer, out var mapLayer))
            return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return mapLayer switch
        {
            MapLayer.Crossings => await CrossingAsync(db, id, ct),
            MapLayer.RatRoutes => await RatRouteAsync(db, id, ct),
            MapLayer.Villages => await VillageAsync(db, id, ct),
            MapLayer.Cases => await CaseAsync(db, id, ct),
            MapLayer.Risk => await riskCells.GetAsync(id, ct),
            _ => null,
        };
    }

    private async Task<FeatureDetails?> CrossingAsync(GeoDbContext db, long id, CancellationToken ct)
    {
        var c = await db.BorderCrossings.Where(x => x.Id == id).Select(x => new
        {
            x.Name, x.Code, x.Kind, x.ManagingOffice, x.DailyPassengers, x.InterviewOfficers,
            Regency = db.Regencies.Where(r => r.Code == x.RegencyCode).Select(r => r.Name).FirstOrDefault()
                ?? db.GazetteerAreas.Where(a => a.Code == x.RegencyCode).Select(a => a.Name).FirstOrDefault(),
        }).FirstOrDefaultAsync(ct);
        if (c is null)
            return null;
        List<FeatureDetailRow> rows =
        [
            new("Details.Code", c.Code),
            new("Details.Kind", Word($"Kind.{c.Kind}")),
            new("Details.ManagingOffice", c.ManagingOffice),
            new("Details.DailyPassengers", Number(c.DailyPassengers)),
            new("Details.InterviewOfficers", Number(c.InterviewOfficers)),
        ];
        // Passengers per interview officer: the papers' point that too few officers screen too many travellers.
        if (c.InterviewOfficers > 0)
            rows.Add(new("Details.PassengersPerOfficer", Number(c.DailyPassengers / c.InterviewOfficers)));
        AddIfKnown(rows, "Details.Regency", c.Regency);
        return new FeatureDetails(c.Name, rows, Synthetic: false);
    }

    private async Task<FeatureDetails?> RatRouteAsync(GeoDbContext db, long id, CancellationToken ct)
    {
        var r = await db.RatRoutes.Where(x => x.Id == id).Select(x => new
        {
            x.LocalName, x.Mode, x.Activity, x.Confidence, x.LastObserved, x.Source, x.IsSynthetic,
            NearestCrossing = x.NearestCrossing == null ? null : x.NearestCrossing.Name,
        }).FirstOrDefaultAsync(ct);
        if (r is null)
            return null;
        List<FeatureDetailRow> rows =
        [
            new("Details.Mode", Word($"Mode.{r.Mode}")),
            new("Details.Activity", Word($"Activity.{r.Activity}")),
            new("Details.Confidence", Word($"Confidence.{r.Confidence}")),
            new("Details.LastObserved", Date(r.LastObserved)),
            new("Details.Source", r.Source),
        ];
        AddIfKnown(rows, "Details.NearestCrossing", r.NearestCrossing);
        return new FeatureDetails(r.LocalName, rows, r.IsSynthetic);
    }

    private async Task<FeatureDetails?> VillageAsync(GeoDbContext db, long id, CancellationToken ct)
    {
        var v = await db.AssistedVillages.Where(x => x.Id == id).Select(x => new
        {
            x.Name, x.VillageCode, x.MentorOfficer, x.LaunchedOn, x.IsSynthetic,
            Regency = db.Regencies.Where(r => r.Code == x.RegencyCode).Select(r => r.Name).FirstOrDefault()
                ?? db.GazetteerAreas.Where(a => a.Code == x.RegencyCode).Select(a => a.Name).FirstOrDefault(),
            Sessions = x.OutreachSessions.Count,
            Attendance = x.OutreachSessions.Sum(s => s.Attendance),
            LastSession = x.OutreachSessions.Max(s => (DateOnly?)s.HeldOn),
        }).FirstOrDefaultAsync(ct);
        if (v is null)
            return null;
        List<FeatureDetailRow> rows =
        [
            new("Details.VillageCode", v.VillageCode),
            new("Details.MentorOfficer", v.MentorOfficer),
            new("Details.LaunchedOn", Date(v.LaunchedOn)),
            new("Details.OutreachSessions", Number(v.Sessions)),
            new("Details.Attendance", Number(v.Attendance)),
        ];
        AddIfKnown(rows, "Details.LastSession", v.LastSession is { } last ? Date(last) : null);
        AddIfKnown(rows, "Details.Regency", v.Regency);
        return new FeatureDetails(v.Name, rows, v.IsSynthetic);
    }

    private async Task<FeatureDetails?> CaseAsync(GeoDbContext db, long id, CancellationToken ct)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (!CaseAccess.MaySeeIndividualCases(user))
        {
            await accessLog.RecordAsync(user, "map.cases.details", $"case {id}", 0, AuditOutcome.Refused, ct);
            return null;
        }
        await accessLog.RecordAsync(user, "map.cases.details", $"case {id}", 1, AuditOutcome.Allowed, ct);
        var c = await db.CaseOrigins.Where(x => x.Id == id).Select(x => new
        {
            x.Reference, x.ReportedOn, x.Status, x.VictimCount, x.MinorCount, x.Exploitation, x.DestinationCountry,
            x.ReportingAgency, x.IsSynthetic,
            ModusId = x.ModusOperandi == null ? null : x.ModusOperandi.NameId,
            ModusEn = x.ModusOperandi == null ? null : x.ModusOperandi.NameEn,
            Regency = db.Regencies.Where(r => r.Code == x.RegencyCode).Select(r => r.Name).FirstOrDefault()
                ?? db.GazetteerAreas.Where(a => a.Code == x.RegencyCode).Select(a => a.Name).FirstOrDefault(),
            ExitCrossing = x.ExitCrossing == null ? null : x.ExitCrossing.Name,
            ExitRatRoute = x.ExitRatRoute == null ? null : x.ExitRatRoute.LocalName,
        }).FirstOrDefaultAsync(ct);
        if (c is null)
            return null;
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        List<FeatureDetailRow> rows =
        [
            new("Details.ReportedOn", Date(c.ReportedOn)),
            new("Details.Status", Word($"Status.{c.Status}")),
            new("Details.Victims", Number(c.VictimCount)),
            new("Details.Minors", Number(c.MinorCount)),
            new("Details.Exploitation", Word($"Exploitation.{c.Exploitation}")),
            new("Details.Destination", Country(c.DestinationCountry)),
            new("Details.ReportingAgency", c.ReportingAgency),
        ];
        AddIfKnown(rows, "Details.ModusOperandi", english ? c.ModusEn : c.ModusId);
        AddIfKnown(rows, "Details.Regency", c.Regency);
        AddIfKnown(rows, "Details.ExitCrossing", c.ExitCrossing ?? c.ExitRatRoute);
        return new FeatureDetails(c.Reference, rows, c.IsSynthetic);
    }

    private static void AddIfKnown(List<FeatureDetailRow> rows, string labelKey, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            rows.Add(new FeatureDetailRow(labelKey, value));
    }

    /// <summary>A localized enum value; the raw name if a translation is missing, rather than an empty cell.</summary>
    private string Word(string key) => localizer[key] is { ResourceNotFound: false } word ? word.Value : key[(key.IndexOf('.') + 1)..];

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static string Country(string isoCode)
    {
        try
        {
            return $"{new RegionInfo(isoCode.Trim()).DisplayName} ({isoCode})";
        }
        catch (ArgumentException)
        {
            return isoCode;
        }
    }
}
