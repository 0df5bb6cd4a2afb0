using Dashboard.Web.Accounts;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Cases;

/// <summary>What the case form offers to pick from: the active modus list, the crossings, the rat routes and the offices.</summary>
public sealed class CaseChoices(IDbContextFactory<GeoDbContext> contexts, OfficeDirectory offices)
{
    public async Task<CaseChoiceLists> LoadAsync(bool english, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var modi = await db.ModiOperandi.AsNoTracking().Where(m => m.IsActive).OrderBy(m => m.Code).ToListAsync(ct);
        var crossings = await db.BorderCrossings.AsNoTracking().Where(c => c.RetiredAt == null).OrderBy(c => c.Name)
            .Select(c => new CaseChoice(c.Id, c.Name + " (" + c.Code + ")")).ToListAsync(ct);
        var routes = await db.RatRoutes.AsNoTracking().OrderBy(r => r.LocalName).Select(r => new CaseChoice(r.Id, r.LocalName)).ToListAsync(ct);
        var known = (await offices.ListAsync(ct)).OrderBy(o => o.Name).Select(o => (o.Code, o.Name)).ToList();
        return new CaseChoiceLists([.. modi.Select(m => (m.Code, english ? m.NameEn : m.NameId))], crossings, routes, known);
    }

    /// <summary>Names for the ids a case refers to, for the detail page.</summary>
    public async Task<(string? Crossing, string? Route, string? Modus, string? IssuingOffice)> NamesAsync(CaseView c, bool english, CancellationToken ct)
    {
        // A row stored before offices were checked holds a name: shown as it was written.
        var issuing = c.IssuingOffice is { } code ? (await offices.ListAsync(ct)).FirstOrDefault(o => o.Code == code)?.Name ?? code : null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var crossing = c.ExitCrossingId is { } cid ? await db.BorderCrossings.Where(x => x.Id == cid).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var route = c.ExitRatRouteId is { } rid ? await db.RatRoutes.Where(x => x.Id == rid).Select(x => x.LocalName).FirstOrDefaultAsync(ct) : null;
        var modus = await db.ModiOperandi.Where(m => m.Code == c.ModusOperandiCode).Select(m => english ? m.NameEn : m.NameId).FirstOrDefaultAsync(ct);
        return (crossing, route, modus, issuing);
    }
}

public sealed record CaseChoice(int Id, string Name);

public sealed record CaseChoiceLists(IReadOnlyList<(string Code, string Name)> Modi, IReadOnlyList<CaseChoice> Crossings, IReadOnlyList<CaseChoice> Routes,
    IReadOnlyList<(string Code, string Name)> Offices);
