using Dashboard.Geo.Crossings;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Persistence;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Crossings;

/// <summary>
/// Official crossings kept by HQ and, within its working area, by the crossing's own office: create, edit, retire. A retired crossing keeps its id, history and reports; it is no
/// longer a patrol base, a checkpoint new reports may name, a map feature or a risk input. Editing it reinstates it.
/// Every change asks the risk map to be recomputed.
/// </summary>
public sealed class CrossingService(IDbContextFactory<GeoDbContext> contexts, GazetteerLookup gazetteer, RiskMapTrigger trigger, TimeProvider clock)
{
    public async Task<IReadOnlyList<CrossingView>> ListAsync(bool includeRetired, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var crossings = await db.BorderCrossings.AsNoTracking().Where(c => includeRetired || c.RetiredAt == null)
            .OrderBy(c => c.RetiredAt != null).ThenBy(c => c.Name).ToListAsync(ct);
        return [.. crossings.Select(CrossingView.Of)];
    }

    public async Task<CrossingView?> FindAsync(string code, CancellationToken ct)
    {
        var normal = CrossingRules.NormaliseCode(code);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.BorderCrossings.AsNoTracking().FirstOrDefaultAsync(c => c.Code == normal, ct) is { } c ? CrossingView.Of(c) : null;
    }

    public async Task<EditOutcome<CrossingView>> CreateAsync(CrossingDraft draft, MasterDataEditor editor, CancellationToken ct)
    {
        if (!editor.Covers(draft.RegencyCode))
            return EditOutcome<CrossingView>.Forbidden("regencyCode", editor.Outside(draft.RegencyCode));
        var problems = CrossingRules.Check(draft, await RegencyAsync(draft, ct));
        if (problems.Count > 0)
            return EditOutcome<CrossingView>.Invalid(problems);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var code = CrossingRules.NormaliseCode(draft.Code);
        if (await db.BorderCrossings.AnyAsync(c => c.Code == code, ct))
            return EditOutcome<CrossingView>.Conflict("code", $"code '{code}' is already used by another crossing.");
        var crossing = CrossingRules.Create(draft, editor.Name, clock.GetUtcNow());
        db.BorderCrossings.Add(crossing);
        await db.SaveChangesAsync(ct);
        trigger.TryRequest();
        return EditOutcome<CrossingView>.Of(CrossingView.Of(crossing));
    }

    public async Task<EditOutcome<CrossingView>> UpdateAsync(string code, CrossingDraft draft, MasterDataEditor editor, CancellationToken ct)
    {
        var normal = CrossingRules.NormaliseCode(code);
        draft = draft with { Code = normal };
        var problems = CrossingRules.Check(draft, await RegencyAsync(draft, ct));
        if (problems.Count > 0)
            return EditOutcome<CrossingView>.Invalid(problems);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.BorderCrossings.FirstOrDefaultAsync(c => c.Code == normal, ct) is not { } crossing)
            return EditOutcome<CrossingView>.NotFound("code", $"no crossing has code '{normal}'.");
        // Moving a crossing into or out of the area takes both sides' say: the office may do neither alone.
        foreach (var regency in new[] { crossing.RegencyCode, draft.RegencyCode })
            if (!editor.Covers(regency))
                return EditOutcome<CrossingView>.Forbidden("regencyCode", editor.Outside(regency));
        CrossingRules.Apply(crossing, draft, editor.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        trigger.TryRequest();
        return EditOutcome<CrossingView>.Of(CrossingView.Of(crossing));
    }

    public async Task<EditOutcome<CrossingView>> RetireAsync(string code, string? reason, MasterDataEditor editor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return EditOutcome<CrossingView>.Invalid(new Dictionary<string, string> { ["reason"] = "reason is required: why the crossing is retired." });
        if (reason.Trim().Length > 500)
            return EditOutcome<CrossingView>.Invalid(new Dictionary<string, string> { ["reason"] = "reason is longer than 500 characters." });
        var normal = CrossingRules.NormaliseCode(code);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.BorderCrossings.FirstOrDefaultAsync(c => c.Code == normal, ct) is not { } crossing)
            return EditOutcome<CrossingView>.NotFound("code", $"no crossing has code '{normal}'.");
        if (!editor.Covers(crossing.RegencyCode))
            return EditOutcome<CrossingView>.Forbidden("regencyCode", editor.Outside(crossing.RegencyCode));
        if (crossing.RetiredAt is null)
        {
            crossing.RetiredAt = clock.GetUtcNow();
            crossing.RetiredReason = reason.Trim();
            crossing.ChangedBy = editor.Name;
            crossing.ChangedAt = crossing.RetiredAt;
            await db.SaveChangesAsync(ct);
            trigger.TryRequest();
        }
        return EditOutcome<CrossingView>.Of(CrossingView.Of(crossing));
    }

    private async Task<IReadOnlyDictionary<string, GazetteerHit>> RegencyAsync(CrossingDraft draft, CancellationToken ct) =>
        await gazetteer.FindManyAsync(draft.RegencyCode is { } r ? [r] : [], ct);
}
