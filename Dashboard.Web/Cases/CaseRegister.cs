using Dashboard.Web.Accounts;
using System.Security.Claims;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Territory;
using Dashboard.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Web.Cases;

/// <summary>
/// Entry and edit of cases, by the form and the API alike: validated field by field, scoped to the sender's office,
/// audited, and each change written to the case's history in the same transaction as the change itself. A create
/// resent with the same (agency, reference) and content returns the stored case; with other content it is refused.
/// </summary>
public sealed class CaseRegister(
    IDbContextFactory<GeoDbContext> contexts, IndonesiaTerritorySource territory, CaseFollowUp followUp, AccessLog log, TimeProvider clock,
    OfficeDirectory offices)
{
    public async Task<CaseWriteResult> CreateAsync(ClaimsPrincipal user, CaseInput input, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (draft, errors) = await ValidateAsync(db, user, input, ct);
        if (draft is null)
            return new CaseWriteResult(CaseWriteOutcome.Invalid, null, errors);
        var existing = await db.CaseOrigins.AsNoTracking().FirstOrDefaultAsync(c => c.ReportingAgency == draft.ReportingAgency && c.Reference == draft.Reference, ct);
        if (existing is not null && CaseActor.Area(user) is { } area && !area.Contains(existing.RegencyCode))
            return CaseWriteResult.Failed(CaseWriteOutcome.Conflict, "reference", $"{draft.ReportingAgency} already has a case {draft.Reference}; use another reference.");
        if (existing is not null)
        {
            var same = CaseDiff.Between(existing, draft).Count == 0 && (draft.Status is null || draft.Status == existing.Status);
            await log.RecordAsync(user, CaseActions.Create, $"case {existing.Id}", same ? 1 : 0, AuditOutcome.Allowed, ct);
            return same
                ? new CaseWriteResult(CaseWriteOutcome.Unchanged, CaseView.Of(existing), errors)
                : CaseWriteResult.Failed(CaseWriteOutcome.Conflict, "reference",
                    $"{draft.ReportingAgency} already has a case {draft.Reference} with other content; edit that case (PUT /api/cases/{existing.Id}) or use another reference.");
        }
        var origin = draft.ToCase();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CaseOrigins.Add(origin);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return CaseWriteResult.Failed(CaseWriteOutcome.Conflict, "reference", $"{draft.ReportingAgency} case {draft.Reference} was just stored by someone else; read it and edit it.");
        }
        var change = CaseActor.Change(user, origin.Id, CaseChangeKind.Created, clock.GetUtcNow());
        change.StatusTo = origin.Status;
        db.CaseChanges.Add(change);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await log.RecordAsync(user, CaseActions.Create, $"case {origin.Id}", 1, AuditOutcome.Allowed, ct);
        await followUp.AfterStoredAsync([origin.Id]);
        return new CaseWriteResult(CaseWriteOutcome.Created, CaseView.Of(origin), errors);
    }

    public async Task<CaseWriteResult> UpdateAsync(ClaimsPrincipal user, long id, CaseInput input, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var origin = await Scoped(db, user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (origin is null)
        {
            await log.RecordAsync(user, CaseActions.Edit, $"case {id}", 0, AuditOutcome.Allowed, ct);
            return CaseWriteResult.Failed(CaseWriteOutcome.NotFound, "id", $"no case has id {id}.");
        }
        var (draft, errors) = await ValidateAsync(db, user, input with { Status = null }, ct);
        if (draft is null)
            return new CaseWriteResult(CaseWriteOutcome.Invalid, null, errors);
        if ((draft.ReportingAgency != origin.ReportingAgency || draft.Reference != origin.Reference)
            && await db.CaseOrigins.AnyAsync(c => c.Id != id && c.ReportingAgency == draft.ReportingAgency && c.Reference == draft.Reference, ct))
            return CaseWriteResult.Failed(CaseWriteOutcome.Conflict, "reference", $"{draft.ReportingAgency} already has another case {draft.Reference}.");
        var changes = CaseDiff.Between(origin, draft);
        if (changes.Count == 0)
        {
            await log.RecordAsync(user, CaseActions.Edit, $"case {id}", 1, AuditOutcome.Allowed, ct);
            return new CaseWriteResult(CaseWriteOutcome.Unchanged, CaseView.Of(origin), errors);
        }
        draft.ApplyTo(origin);
        var change = CaseActor.Change(user, id, CaseChangeKind.Edited, clock.GetUtcNow());
        change.Summary = Summary(changes);
        db.CaseChanges.Add(change);
        await db.SaveChangesAsync(ct);
        await log.RecordAsync(user, CaseActions.Edit, $"case {id}", 1, AuditOutcome.Allowed, ct);
        await followUp.AfterStoredAsync([id]);
        return new CaseWriteResult(CaseWriteOutcome.Updated, CaseView.Of(origin), errors);
    }

    public async Task<CaseWriteResult> ChangeStatusAsync(ClaimsPrincipal user, long id, CaseStatusInput input, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var origin = await Scoped(db, user).FirstOrDefaultAsync(c => c.Id == id, ct);
        await log.RecordAsync(user, CaseActions.Status, $"case {id}", origin is null ? 0 : 1, AuditOutcome.Allowed, ct);
        if (origin is null)
            return CaseWriteResult.Failed(CaseWriteOutcome.NotFound, "id", $"no case has id {id}.");
        if (!EnumText.TryParse<CaseStatus>(input.Status, out var to))
            return CaseWriteResult.Failed(CaseWriteOutcome.Invalid, "status", $"status '{input.Status}' must be one of: {string.Join(", ", Enum.GetNames<CaseStatus>())}.");
        var reason = input.Reason?.Trim();
        if (reason is { Length: > 1000 } || reason is not null && Api.SafeText.FirstControl(reason) is not null)
            return CaseWriteResult.Failed(CaseWriteOutcome.Invalid, "reason", "reason is at most 1000 characters of plain text.");
        if (origin.Status == to && await db.CaseChanges.Where(c => c.CaseOriginId == id).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct) is
            { Kind: CaseChangeKind.StatusChanged } last && last.StatusTo == to && last.Reason == (string.IsNullOrEmpty(reason) ? null : reason))
            // The same change sent twice (a double tap, a retried request): already done, nothing more to record.
            return new CaseWriteResult(CaseWriteOutcome.Unchanged, CaseView.Of(origin), new Dictionary<string, string[]>());
        if (!CaseStatusRules.CanMove(origin.Status, to))
            return CaseWriteResult.Failed(CaseWriteOutcome.Conflict, "status", $"a case that is {origin.Status} cannot become {to}.");
        if (CaseStatusRules.NeedsReason(origin.Status, to) && string.IsNullOrEmpty(reason))
            return CaseWriteResult.Failed(CaseWriteOutcome.Invalid, "reason", $"reason is required to move a case from {origin.Status} to {to}.");
        var change = CaseActor.Change(user, id, CaseChangeKind.StatusChanged, clock.GetUtcNow());
        change.StatusFrom = origin.Status;
        change.StatusTo = to;
        change.Reason = string.IsNullOrEmpty(reason) ? null : reason;
        origin.Status = to;
        db.CaseChanges.Add(change);
        await db.SaveChangesAsync(ct);
        return new CaseWriteResult(CaseWriteOutcome.Updated, CaseView.Of(origin), new Dictionary<string, string[]>());
    }

    /// <summary>The history of a case the user may see, oldest first; null when it is unknown or out of scope.</summary>
    public async Task<IReadOnlyList<CaseChangeView>?> HistoryAsync(ClaimsPrincipal user, long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = await Scoped(db, user).AnyAsync(c => c.Id == id, ct);
        var lines = visible ? await db.CaseChanges.AsNoTracking().Where(c => c.CaseOriginId == id).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct) : null;
        await log.RecordAsync(user, CaseActions.History, $"case {id}", lines?.Count ?? 0, AuditOutcome.Allowed, ct);
        return lines is null ? null : [.. lines.Select(CaseChangeView.Of)];
    }

    public static string Summary(IReadOnlyList<string> changes)
    {
        var text = string.Join("; ", changes);
        return text.Length <= 4000 ? text : text[..3999] + "…";
    }

    private async Task<(CaseDraft? Draft, Dictionary<string, string[]> Errors)> ValidateAsync(GeoDbContext db, ClaimsPrincipal user, CaseInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var refs = (await CaseReferences.LoadAsync(db, [input], await territory.GetAsync(ct), ct)).WithOffices(await offices.ListAsync(ct));
        var draft = CaseValidator.Validate(input, "", refs, CaseActor.Area(user), Today(), errors);
        return (draft, errors);
    }

    // The latest calendar date anywhere in Indonesia (WIT, UTC+9): a case reported this morning in Jayapura is not future.
    public DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);

    private static IQueryable<CaseOrigin> Scoped(GeoDbContext db, ClaimsPrincipal user)
    {
        if (CaseActor.Area(user) is not { } area)
            return db.CaseOrigins;
        var codes = area.ToList();
        return db.CaseOrigins.Where(c => codes.Contains(c.RegencyCode));
    }
}
