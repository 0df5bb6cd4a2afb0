using System.Security.Claims;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Geo.Time;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace Dashboard.Web.Screening;

/// <summary>
/// Checkpoint screenings: recording (idempotent by the client's id) and reading within the reader's office scope.
/// Every read is audited with its row count before the rows are returned.
/// </summary>
public sealed class ScreeningDesk(IDbContextFactory<ScreeningDb> contexts, IDbContextFactory<GeoDbContext> geo, AccessLog audit,
    TimeProvider clock, IStringLocalizer<ScreeningStrings> text)
{
    public const int MaxPage = 500;
    public const string RecordAction = "screenings.record";
    public const string ListAction = "screenings.list";
    public const string ExportAction = "screenings.export";
    public const string ReadAction = "screenings.read";

    public async Task<ScreeningOutcome> RecordAsync(ClaimsPrincipal user, ScreeningInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var crossing = await FindCrossingAsync(input.Crossing, ct);
        var now = clock.GetUtcNow();
        var screening = ScreeningValidator.Validate(input, crossing, now, text, errors);
        if (screening is null)
            return new ScreeningOutcome(null, false, false, errors);
        screening.OfficeCode = user.OfficeCode();
        screening.RecordedBy = user.Identity?.Name ?? Acting.Unknown;
        screening.RecordedByName = user.ActorName();
        screening.RecordedAt = now;

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Screenings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == screening.Id, ct) is { } stored)
            return await SecondSendAsync(db, stored, screening, crossing!.Name, ct);
        db.Screenings.Add(screening);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same form sent twice at once: the other send stored it first.
            await using var again = await contexts.CreateDbContextAsync(ct);
            return await SecondSendAsync(again, await again.Screenings.AsNoTracking().FirstAsync(s => s.Id == screening.Id, ct), screening, crossing!.Name, ct);
        }
        await audit.RecordAsync(user, RecordAction, $"screening {screening.Id} crossing={screening.CrossingCode} disposition={screening.Disposition}", ct);
        return new ScreeningOutcome(ScreeningView.Of(screening, crossing!.Name, null), false, false, errors);
    }

    public async Task<IReadOnlyList<ScreeningView>> ListAsync(ClaimsPrincipal user, ScreeningFilter filter, string resource, CancellationToken ct = default,
        string action = ListAction)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Screenings.AsNoTracking().Visible(user);
        if (filter.Crossing is { Length: > 0 } code)
            query = query.Where(s => s.CrossingCode == code.Trim().ToUpperInvariant());
        // Days are the headquarters' (WIB) days, as every date the dashboard shows.
        if (filter.From is { } from)
        {
            var start = HeadquartersTime.StartOf(from).ToUniversalTime();
            query = query.Where(s => s.ScreenedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = HeadquartersTime.StartOf(to.AddDays(1)).ToUniversalTime();
            query = query.Where(s => s.ScreenedAt < end);
        }
        var rows = await query.OrderByDescending(s => s.ScreenedAt).ThenBy(s => s.Id).Take(MaxPage)
            .Select(s => new { Screening = s, Protection = db.ProtectionRecords.Where(p => p.ScreeningId == s.Id).Select(p => (Guid?)p.Id).FirstOrDefault() })
            .ToListAsync(ct);
        await audit.RecordAsync(user, action, resource, rows.Count, AuditOutcome.Allowed, ct);
        var names = await CrossingNamesAsync(rows.Select(r => r.Screening.CrossingId), ct);
        return [.. rows.Select(r => ScreeningView.Of(r.Screening, names.GetValueOrDefault(r.Screening.CrossingId, r.Screening.CrossingCode), r.Protection))];
    }

    public async Task<ScreeningView?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Screenings.AsNoTracking().Visible(user).FirstOrDefaultAsync(s => s.Id == id, ct);
        await audit.RecordAsync(user, ReadAction, $"screening {id}", found is null ? 0 : 1, AuditOutcome.Allowed, ct);
        if (found is null)
            return null;
        var protection = await db.ProtectionRecords.Where(p => p.ScreeningId == id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        var names = await CrossingNamesAsync([found.CrossingId], ct);
        return ScreeningView.Of(found, names.GetValueOrDefault(found.CrossingId, found.CrossingCode), protection);
    }

    /// <summary>The crossings a screening may be recorded at: every official crossing that is not retired.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> CrossingsAsync(CancellationToken ct = default)
    {
        await using var db = await geo.CreateDbContextAsync(ct);
        var list = await db.BorderCrossings.AsNoTracking().Where(c => c.RetiredAt == null).OrderBy(c => c.Name)
            .Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        return [.. list.Select(c => (c.Code, c.Name))];
    }

    internal async Task<Dictionary<int, string>> CrossingNamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        await using var db = await geo.CreateDbContextAsync(ct);
        return await db.BorderCrossings.AsNoTracking().Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    private async Task<ScreeningOutcome> SecondSendAsync(ScreeningDb db, CheckpointScreening stored, CheckpointScreening sent, string crossingName, CancellationToken ct)
    {
        if (stored.RecordedBy != sent.RecordedBy || !ScreeningValidator.SameContent(stored, sent))
            return new ScreeningOutcome(null, false, true, new Dictionary<string, string[]> { ["id"] = [text["ErrorIdConflict"]] });
        var protection = await db.ProtectionRecords.Where(p => p.ScreeningId == stored.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        return new ScreeningOutcome(ScreeningView.Of(stored, crossingName, protection), true, false, new Dictionary<string, string[]>());
    }

    private async Task<Geo.Domain.Crossings.BorderCrossing?> FindCrossingAsync(string? code, CancellationToken ct)
    {
        var wanted = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(wanted) || wanted.Length > 64)
            return null;
        await using var db = await geo.CreateDbContextAsync(ct);
        return await db.BorderCrossings.AsNoTracking().FirstOrDefaultAsync(c => c.Code == wanted && c.RetiredAt == null, ct);
    }
}

