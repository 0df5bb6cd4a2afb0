using System.Text.RegularExpressions;
using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Gazetteer;

/// <summary>Finds official codes by name or code, and checks a code someone entered against the list.</summary>
public sealed partial class GazetteerLookup(IDbContextFactory<GeoDbContext> contexts)
{
    public const int MaxResults = 50;

    public async Task<IReadOnlyList<GazetteerHit>> SearchAsync(string? text, GazetteerLevel? level, int limit, CancellationToken ct)
    {
        var q = (text ?? "").Trim();
        if (q.Length == 0)
            return [];
        limit = Math.Clamp(limit, 1, MaxResults);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var areas = db.GazetteerAreas.AsNoTracking().Where(a => a.RetiredInRelease == null);
        if (level is { } l)
            areas = areas.Where(a => a.Level == l);
        if (CodeLike().IsMatch(q))
            areas = areas.Where(a => a.Code.StartsWith(q)).OrderBy(a => a.Code);
        else
        {
            var pattern = "%" + Escape(q) + "%";
            var prefix = Escape(q) + "%";
            areas = areas.Where(a => EF.Functions.ILike(a.Name, pattern))
                .OrderBy(a => EF.Functions.ILike(a.Name, prefix) ? 0 : 1).ThenBy(a => a.Level).ThenBy(a => a.Name.Length).ThenBy(a => a.Code);
        }
        var found = await areas.Take(limit).ToListAsync(ct);
        return await WithContextAsync(db, found, ct);
    }

    /// <summary>The code as the list knows it, retired or not; null when it never existed.</summary>
    public async Task<GazetteerHit?> FindAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var trimmed = code.Trim();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var area = await db.GazetteerAreas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == trimmed, ct);
        return area is null ? null : (await WithContextAsync(db, [area], ct))[0];
    }

    /// <summary>Many codes at once (an import): the current ones found, keyed by code.</summary>
    public async Task<IReadOnlyDictionary<string, GazetteerHit>> FindManyAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, GazetteerHit>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var areas = await db.GazetteerAreas.AsNoTracking().Where(a => wanted.Contains(a.Code)).ToListAsync(ct);
        return (await WithContextAsync(db, areas, ct)).ToDictionary(h => h.Code);
    }

    /// <summary>The loaded release, or null before the list is loaded.</summary>
    public async Task<GazetteerRelease?> CurrentReleaseAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var releases = await db.GazetteerReleases.AsNoTracking().ToListAsync(ct);
        return releases.OrderByDescending(r => ReleaseOrder.Key(r.Version)).FirstOrDefault();
    }

    private static async Task<IReadOnlyList<GazetteerHit>> WithContextAsync(GeoDbContext db, IReadOnlyList<GazetteerArea> areas, CancellationToken ct)
    {
        var ancestors = areas.SelectMany(a => Ancestors(a.Code)).Distinct().ToList();
        var names = ancestors.Count == 0 ? new Dictionary<string, string>()
            : await db.GazetteerAreas.AsNoTracking().Where(a => ancestors.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        string? Name(string code, int segments)
        {
            var parts = code.Split('.');
            return parts.Length > segments && names.TryGetValue(string.Join('.', parts.Take(segments)), out var n) ? n : null;
        }
        return [.. areas.Select(a => new GazetteerHit(a.Code, a.Level, a.Name,
            a.Level == GazetteerLevel.Village ? Name(a.Code, 3) : null, Name(a.Code, 2), Name(a.Code, 1),
            a.Location?.X, a.Location?.Y, a.IsOutermostSmall, a.RetiredInRelease is not null))];
    }

    private static IEnumerable<string> Ancestors(string code)
    {
        var parts = code.Split('.');
        for (var n = 1; n < parts.Length; n++)
            yield return string.Join('.', parts.Take(n));
    }

    private static string Escape(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    [GeneratedRegex(@"^\d{2}(\.\d*)*$")]
    private static partial Regex CodeLike();
}
