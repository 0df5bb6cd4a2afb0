using System.Security.Claims;
using Dashboard.Geo.Crossings;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Persistence;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Crossings;

/// <summary>
/// Imports official crossings from CSV, XLSX or GeoJSON, all or nothing. Each row is checked by the same
/// <see cref="CrossingRules"/> as the page and the API; a row whose code is stored updates that crossing when it
/// differs (reinstating it if retired) and is unchanged when not, so importing the same file twice changes nothing.
/// A dry run gives the same verdicts and writes nothing.
/// </summary>
public sealed class CrossingImporter(IDbContextFactory<GeoDbContext> contexts, GazetteerLookup gazetteer, RiskMapTrigger trigger, AccessLog log, TimeProvider clock)
{
    public const int MaxRows = 5_000;
    public const string Template = "/api/crossings/import/template.csv";

    public Task<MasterImportResult> ImportAsync(ClaimsPrincipal user, byte[] file, bool dryRun, CancellationToken ct) =>
        RunAsync(user, file, dryRun, ct).RecordedAsync(log, user, "crossings.import", ct);

    private async Task<MasterImportResult> RunAsync(ClaimsPrincipal user, byte[] file, bool dryRun, CancellationToken ct)
    {
        var ledger = new ImportLedger(dryRun);
        if (ledger.Open(file, Template, CrossingImportColumns.All, MaxRows, "crossing rows") is not { } table)
            return ledger.Refused();

        var rows = table.Rows.Select(r => (Row: r, Parsed: Draft(r))).ToList();
        var regencies = await gazetteer.FindManyAsync(rows.Select(r => r.Parsed.Draft.RegencyCode ?? ""), ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var codes = rows.Select(r => CrossingRules.NormaliseCode(r.Parsed.Draft.Code)).Where(c => c.Length > 0).Distinct().ToList();
        var stored = await db.BorderCrossings.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, ct);
        var firstRow = new Dictionary<string, string>();
        var now = clock.GetUtcNow();
        var editor = MasterDataEditor.Of(user);
        foreach (var (row, (draft, parseProblems)) in rows)
        {
            var problems = ledger.ReaderProblems(row);
            foreach (var (field, message) in parseProblems)
                problems.TryAdd(field, message);
            foreach (var (field, message) in CrossingRules.Check(draft, regencies))
            {
                // An unreadable longitude is already named; "longitude and latitude are required" would only repeat it.
                if (field != "location" || !(problems.ContainsKey("longitude") || problems.ContainsKey("latitude") || problems.ContainsKey("geometry")))
                    problems.TryAdd(field, message);
            }
            var code = CrossingRules.NormaliseCode(draft.Code);
            if (code.Length > 0 && !firstRow.TryAdd(code, row.Where))
                problems.TryAdd("code", $"code '{code}' is already on {firstRow[code]} of this file.");
            foreach (var regency in new[] { draft.RegencyCode, stored.GetValueOrDefault(code)?.RegencyCode })
                if (regency is not null && !problems.ContainsKey("regencyCode") && !editor.Covers(regency))
                    problems["regencyCode"] = editor.Outside(regency);
            if (problems.Count > 0)
                ledger.Refuse(row, code, problems);
            else if (!stored.TryGetValue(code, out var existing))
            {
                db.BorderCrossings.Add(CrossingRules.Create(draft, editor.Name, now));
                ledger.Accept(row, code, ImportVerdict.Created);
            }
            else if (CrossingRules.Differs(existing, draft))
            {
                CrossingRules.Apply(existing, draft, editor.Name, now);
                ledger.Accept(row, code, ImportVerdict.Updated);
            }
            else
                ledger.Accept(row, code, ImportVerdict.Unchanged);
        }

        return await ledger.SaveAsync(db, rows.Count, "crossings", trigger, ct);
    }

    private static (CrossingDraft Draft, Dictionary<string, string> Problems) Draft(ImportRow row)
    {
        var problems = new Dictionary<string, string>();
        string Cell(string column) => row.Cell(CrossingImportColumns.Names(column));
        var draft = new CrossingDraft(
            Cell("code"), Cell("name"), CrossingImportColumns.Kind(Cell("kind")), Cell("office"), Cell("regencyCode"),
            ImportCells.Number(Cell("longitude"), "longitude", problems), ImportCells.Number(Cell("latitude"), "latitude", problems),
            ImportCells.Whole(Cell("dailyPassengers"), "dailyPassengers", problems), ImportCells.Whole(Cell("interviewOfficers"), "interviewOfficers", problems),
            Cell("openingHours") is { Length: > 0 } hours ? hours : null, ImportCells.YesNo(Cell("isPatrolBase"), "isPatrolBase", problems));
        return (draft, problems);
    }
}
