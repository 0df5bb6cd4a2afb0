using Dashboard.Web.Accounts;
using System.Security.Claims;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Territory;
using Dashboard.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Cases;

/// <summary>
/// Imports a CSV or XLSX of cases all or nothing. Each row is checked as the form's input is, plus what only a file can
/// get wrong (missing columns, a reference twice); a dry run reports the same verdicts and writes nothing. A row whose
/// (agency, reference) is already stored updates that case, with history, when it differs and is skipped when not.
/// </summary>
public sealed class CaseImporter(
    IDbContextFactory<GeoDbContext> contexts, IndonesiaTerritorySource territory, CaseRegister register, CaseFollowUp followUp,
    AccessLog log, TimeProvider clock, OfficeDirectory offices)
{
    public const int MaxRows = 5_000;

    public async Task<CaseImportResult> ImportAsync(ClaimsPrincipal user, byte[] file, bool dryRun, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var result = await RunAsync(user, file, dryRun, errors, ct);
        await log.RecordAsync(user, CaseActions.Import, $"import dryRun={dryRun.ToString().ToLowerInvariant()}",
            result.Created + result.Updated, AuditOutcome.Allowed, ct);
        return result;
    }

    private async Task<CaseImportResult> RunAsync(ClaimsPrincipal user, byte[] file, bool dryRun, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        CaseImportResult Failed(int rows = 0) => new(dryRun, rows, 0, 0, 0, errors);
        if (file.Length == 0)
        {
            errors["file"] = ["the file is empty; start from /api/cases/import/template.csv."];
            return Failed();
        }
        if (CaseFileReader.Read(file, errors) is not { } sheet)
            return Failed();
        var missing = CaseImportColumns.Required.Where(c => !sheet.Columns.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (!sheet.Columns.Contains("villageCode", StringComparer.OrdinalIgnoreCase) && !sheet.Columns.Contains("regencyCode", StringComparer.OrdinalIgnoreCase))
            missing.Add("regencyCode");
        foreach (var column in missing)
            errors[$"columns.{column}"] = [$"the column '{column}' is missing; the template's columns are: {string.Join(", ", CaseImportColumns.All)}."];
        if (errors.Count > 0)
            return Failed();
        if (sheet.Rows.Count == 0)
        {
            errors["file"] = ["the file has a header but no case rows."];
            return Failed();
        }
        if (sheet.Rows.Count > MaxRows)
        {
            errors["file"] = [$"the file has {sheet.Rows.Count} rows; at most {MaxRows} per import."];
            return Failed(sheet.Rows.Count);
        }

        var inputs = sheet.Rows.Select(r => (r.Row, Input: CaseRowParser.Parse(r.Cells, At(r.Row), errors))).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var refs = (await CaseReferences.LoadAsync(db, [.. inputs.Select(i => i.Input)], await territory.GetAsync(ct), ct))
            .WithOffices(await offices.ListAsync(ct));
        var area = CaseActor.Area(user);
        var today = register.Today();
        var drafts = new List<(int Row, CaseDraft Draft)>();
        foreach (var (row, input) in inputs)
            if (CaseValidator.Validate(input, At(row), refs, area, today, errors) is { } draft)
                drafts.Add((row, draft));
        foreach (var repeated in drafts.GroupBy(d => (d.Draft.ReportingAgency, d.Draft.Reference)).Where(g => g.Count() > 1))
            foreach (var (row, _) in repeated.Skip(1))
                errors[$"{At(row)}reference"] = [$"{repeated.Key.ReportingAgency} {repeated.Key.Reference} is already on row {repeated.First().Row} of this file."];

        var references = drafts.Select(d => d.Draft.Reference).Distinct().ToList();
        var stored = (await db.CaseOrigins.Where(c => references.Contains(c.Reference)).ToListAsync(ct))
            .ToDictionary(c => (c.ReportingAgency, c.Reference));
        var now = clock.GetUtcNow();
        var created = new List<CaseOrigin>();
        var updated = new List<(CaseOrigin Case, string Summary)>();
        var unchanged = 0;
        foreach (var (row, draft) in drafts)
        {
            if (!stored.TryGetValue((draft.ReportingAgency, draft.Reference), out var existing))
            {
                created.Add(draft.ToCase());
                continue;
            }
            if (area is not null && !area.Contains(existing.RegencyCode))
            {
                errors[$"{At(row)}reference"] = [$"{draft.ReportingAgency} {draft.Reference} is already stored for a regency outside your working area."];
                continue;
            }
            if (draft.Status is { } status && status != existing.Status)
            {
                errors[$"{At(row)}status"] = [$"the stored case is {existing.Status}; change a status on the case itself (POST /api/cases/{existing.Id}/status), with its reason."];
                continue;
            }
            var changes = CaseDiff.Between(existing, draft);
            if (changes.Count == 0)
            {
                unchanged++;
                continue;
            }
            draft.ApplyTo(existing);
            updated.Add((existing, CaseRegister.Summary(changes)));
        }
        if (errors.Count > 0)
            return Failed(sheet.Rows.Count);
        if (dryRun)
            return new CaseImportResult(true, sheet.Rows.Count, created.Count, updated.Count, unchanged, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CaseOrigins.AddRange(created);
        await db.SaveChangesAsync(ct);
        foreach (var c in created)
        {
            var line = CaseActor.Change(user, c.Id, CaseChangeKind.Created, now);
            line.StatusTo = c.Status;
            line.Summary = "import";
            db.CaseChanges.Add(line);
        }
        foreach (var (c, summary) in updated)
        {
            var line = CaseActor.Change(user, c.Id, CaseChangeKind.Imported, now);
            line.Summary = summary;
            db.CaseChanges.Add(line);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await followUp.AfterStoredAsync([.. created.Select(c => c.Id), .. updated.Select(u => u.Case.Id)]);
        return new CaseImportResult(false, sheet.Rows.Count, created.Count, updated.Count, unchanged, errors);
    }

    private static string At(int row) => $"rows[{row}].";
}
