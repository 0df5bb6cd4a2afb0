using System.Security.Claims;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Persistence;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Cases;

/// <summary>
/// Reads of the case register (geo.case_origins). Staff of an office with a working area see the cases recruited from
/// it; headquarters (administrators, HQ analysts) and accounts without a working area see the nation.
/// </summary>
public sealed class CaseService(IDbContextFactory<GeoDbContext> contexts, AccessLog log)
{
    /// <summary>A page never returns more than this many cases, so a list stays cheap to read and to audit.</summary>
    public const int MaxPage = 500;

    public async Task<IReadOnlyList<CaseView>> ListAsync(ClaimsPrincipal user, CaseFilter filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Scoped(db, user);
        if (filter.Status is { } status)
            query = query.Where(c => c.Status == status);
        if (filter.RegencyCode is { Length: > 0 } regency)
            query = query.Where(c => c.RegencyCode == regency);
        if (filter.From is { } from)
            query = query.Where(c => c.ReportedOn >= from);
        if (filter.To is { } to)
            query = query.Where(c => c.ReportedOn <= to);
        var cases = await query.OrderByDescending(c => c.ReportedOn).ThenByDescending(c => c.Id).Take(MaxPage).ToListAsync(ct);
        return [.. cases.Select(CaseView.Of)];
    }

    public async Task<CaseView?> FindAsync(ClaimsPrincipal user, long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Scoped(db, user).FirstOrDefaultAsync(c => c.Id == id, ct) is { } c ? CaseView.Of(c) : null;
    }

    /// <summary>The list as a page reads it: audited like the API's, with the page's address as the resource.</summary>
    public async Task<IReadOnlyList<CaseView>> ListAuditedAsync(ClaimsPrincipal user, CaseFilter filter, string resource, CancellationToken ct)
    {
        var list = await ListAsync(user, filter, ct);
        await log.RecordAsync(user, CaseActions.List, resource, list.Count, AuditOutcome.Allowed, ct);
        return list;
    }

    /// <summary>One case as a page reads it, audited as cases.read before it is shown.</summary>
    public async Task<CaseView?> ReadAuditedAsync(ClaimsPrincipal user, long id, CancellationToken ct)
    {
        var found = await FindAsync(user, id, ct);
        await log.RecordAsync(user, CaseActions.Read, $"case {id}", found is null ? 0 : 1, AuditOutcome.Allowed, ct);
        return found;
    }

    // A case outside an office's working area is answered as not found: its existence is itself case-level data. The
    // office that issued its passports reads it too: that is what the notice to it is for.
    private static IQueryable<CaseOrigin> Scoped(GeoDbContext db, ClaimsPrincipal user)
    {
        var query = db.CaseOrigins.AsNoTracking();
        if (user.StartsNational())
            return query;
        var area = user.WorkingAreaCodes().ToList();
        var office = user.OfficeCode();
        return query.Where(c => area.Contains(c.RegencyCode) || (office != null && c.IssuingOffice == office));
    }
}

public sealed record CaseFilter(CaseStatus? Status, string? RegencyCode, DateOnly? From, DateOnly? To);
