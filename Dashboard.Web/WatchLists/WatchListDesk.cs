using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.WatchLists;
using Dashboard.Geo.Persistence;
using Dashboard.Jobs.Alerts;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.WatchLists;

/// <summary>
/// The watch lists headquarters keeps: the alert rules' thresholds and watched destinations, saved as versions (the
/// rules read the newest at their next evaluation, and each alert they raise names it), and the modus catalogue the
/// report and case forms offer. Every change is audited with who made it; problems are named by field.
/// </summary>
public sealed partial class WatchListDesk(IDbContextFactory<GeoDbContext> contexts, IOptions<AlertOptions> configured, AccessLog audit, TimeProvider clock)
{
    public const string SaveAction = "watchlists.thresholds.save";
    public const string ModusAction = "watchlists.modus";
    private const int MaxDestinations = 60, NoteLength = 1000, NameLength = 200;

    public async Task<WatchListsView> ReadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var versions = await db.AlertThresholds.AsNoTracking().OrderByDescending(t => t.Id).Take(100).ToListAsync(ct);
        var modi = await db.ModiOperandi.AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);
        var history = versions.Select(v => ThresholdsView.Of(v, configured.Value)).Append(ThresholdsView.Of(configured.Value)).ToList();
        return new WatchListsView(history[0], history, [.. modi.Select(ModusView.Of)]);
    }

    /// <summary>Stores a new version; the errors by field when the input is refused (nothing stored).</summary>
    public async Task<(ThresholdsView? Saved, Dictionary<string, string[]> Errors)> SaveAsync(ClaimsPrincipal user, ThresholdsInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var destinations = new List<string>();
        foreach (var (given, i) in (input.WatchedDestinations ?? []).Select((d, i) => (d, i)))
        {
            if (!DestinationCountries.TryResolve(given, out var code) || code is null)
                errors[$"watchedDestinations[{i}]"] = [$"'{given}' is not an ISO 3166-1 alpha-2 country code or a listed country name, e.g. KH or Kamboja."];
            else if (!destinations.Contains(code))
                destinations.Add(code);
        }
        if (destinations.Count > MaxDestinations)
            errors["watchedDestinations"] = [$"at most {MaxDestinations} destinations."];
        Range(errors, "offloadingClusterSize", input.OffloadingClusterSize, 2, 50);
        Range(errors, "offloadingWindowHours", input.OffloadingWindowHours, 1, 720);
        Range(errors, "ratRouteDistanceKm", input.RatRouteDistanceKm, 0.5, 100);
        Range(errors, "credibleWeight", input.CredibleWeight, 0.01, 1);
        // Left out, a look-back stays as the version in force has it.
        var current = (await ReadAsync(ct)).Current;
        var reportHours = input.ReportLookbackHours ?? current.ReportLookbackHours;
        var caseDays = input.CaseLookbackDays ?? current.CaseLookbackDays;
        var warningDays = input.EarlyWarningLookbackDays ?? current.EarlyWarningLookbackDays;
        Range(errors, "reportLookbackHours", reportHours, 1, 720);
        Range(errors, "caseLookbackDays", caseDays, 1, 365);
        Range(errors, "earlyWarningLookbackDays", warningDays, 1, 90);
        var note = input.Note?.Trim() ?? "";
        if (note.Length is 0 or > NoteLength || SafeText.FirstControl(note) is not null)
            errors["note"] = [$"say why it changed, in one line of at most {NoteLength} characters."];
        if (errors.Count > 0)
            return (null, errors);

        var version = new AlertThresholds
        {
            ChangedAt = clock.GetUtcNow(), ChangedBy = user.ActorName(), Note = note, WatchedDestinations = [.. destinations],
            OffloadingClusterSize = input.OffloadingClusterSize!.Value, OffloadingWindowHours = input.OffloadingWindowHours!.Value,
            RatRouteDistanceKm = input.RatRouteDistanceKm!.Value, CredibleWeight = input.CredibleWeight!.Value,
            ReportLookbackHours = reportHours, CaseLookbackDays = caseDays, EarlyWarningLookbackDays = warningDays,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AlertThresholds.Add(version);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, SaveAction, string.Create(CultureInfo.InvariantCulture,
            $"thresholds v{version.Id} destinations={string.Join(',', destinations)} cluster={version.OffloadingClusterSize}/{version.OffloadingWindowHours}h distance={version.RatRouteDistanceKm}km weight={version.CredibleWeight} lookback={reportHours}h/{caseDays}d/{warningDays}d"), ct);
        return (ThresholdsView.Of(version, configured.Value), errors);
    }

    /// <summary>Adds a cover to the catalogue; a code already there is a 409-style error on "code".</summary>
    public async Task<(ModusView? Added, Dictionary<string, string[]> Errors)> AddModusAsync(ClaimsPrincipal user, ModusInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        if (!ModusCode().IsMatch(code))
            errors["code"] = ["the code is 3 to 40 capital letters, digits or underscores, starting with a letter, e.g. VISA_ZIARAH."];
        var nameId = Name(errors, "nameId", input.NameId);
        var nameEn = Name(errors, "nameEn", input.NameEn);
        if (errors.Count > 0)
            return (null, errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ModiOperandi.AnyAsync(m => m.Code == code, ct))
            return (null, new Dictionary<string, string[]> { ["code"] = [$"the catalogue already has {code}; take it back into the lists instead."] });
        var modus = new ModusOperandi { Code = code, NameId = nameId!, NameEn = nameEn!, IsActive = true };
        db.ModiOperandi.Add(modus);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, ModusAction, $"modus {code} added", ct);
        return (ModusView.Of(modus), errors);
    }

    /// <summary>Takes a cover out of the forms' lists or back in; null when there is no such code.</summary>
    public async Task<ModusView?> SetModusActiveAsync(ClaimsPrincipal user, string code, bool active, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ModiOperandi.FirstOrDefaultAsync(m => m.Code == code, ct) is not { } modus)
            return null;
        if (modus.IsActive != active)
        {
            modus.IsActive = active;
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(user, ModusAction, $"modus {code} {(active ? "restored" : "retired")}", ct);
        }
        return ModusView.Of(modus);
    }

    private static void Range(Dictionary<string, string[]> errors, string field, double? value, double min, double max)
    {
        if (value is not { } v || double.IsNaN(v) || v < min || v > max)
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"{field} is between {min} and {max}.")];
    }

    private static string? Name(Dictionary<string, string[]> errors, string field, string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length is > 0 and <= NameLength && SafeText.FirstControl(value) is null)
            return value;
        errors[field] = [$"{field} is one line of 1 to {NameLength} characters."];
        return null;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{2,39}$")]
    private static partial Regex ModusCode();
}
