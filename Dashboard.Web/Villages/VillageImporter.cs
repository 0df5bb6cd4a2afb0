using System.Security.Claims;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Villages;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Villages;

/// <summary>
/// Imports assisted villages from CSV, XLSX or GeoJSON, all or nothing, checked by the same <see cref="VillageRules"/>
/// as the page. A village already registered is updated (location, launch date, decree) when the row differs and
/// unchanged when not. A different Pimpasa is refused rather than applied: a reassignment keeps who mentored when, and
/// is made on the village's page. A retired village is refused too; it stays in history.
/// </summary>
public sealed class VillageImporter(IDbContextFactory<GeoDbContext> contexts, GazetteerLookup gazetteer, MentorDirectory mentors,
    VillageService villages, RiskMapTrigger trigger, AccessLog log, TimeProvider clock)
{
    public const int MaxRows = 5_000;
    public const string Template = "/api/villages/import/template.csv";

    public Task<MasterImportResult> ImportAsync(ClaimsPrincipal user, byte[] file, bool dryRun, CancellationToken ct) =>
        RunAsync(user, file, dryRun, ct).RecordedAsync(log, user, "villages.import", ct);

    private async Task<MasterImportResult> RunAsync(ClaimsPrincipal user, byte[] file, bool dryRun, CancellationToken ct)
    {
        var ledger = new ImportLedger(dryRun);
        if (ledger.Open(file, Template, VillageImportColumns.Villages, MaxRows, "village rows") is not { } table)
            return ledger.Refused();

        var accounts = (await mentors.ListAsync(ct)).Where(m => m.UserName.Length > 0)
            .ToDictionary(m => m.UserName, StringComparer.OrdinalIgnoreCase);
        var rows = table.Rows.Select(r => (Row: r, Parsed: Draft(r, accounts))).ToList();
        var found = await gazetteer.FindManyAsync(rows.Select(r => r.Parsed.Draft.VillageCode ?? ""), ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var codes = rows.Select(r => (r.Parsed.Draft.VillageCode ?? "").Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var stored = await db.AssistedVillages.Include(v => v.Mentorships).Where(v => codes.Contains(v.VillageCode)).ToDictionaryAsync(v => v.VillageCode, ct);
        var firstRow = new Dictionary<string, string>();
        var today = villages.Today;
        var now = clock.GetUtcNow();
        var editor = MasterDataEditor.Of(user);
        foreach (var (row, (draft, mentor, parseProblems)) in rows)
        {
            var problems = ledger.ReaderProblems(row);
            foreach (var (field, message) in parseProblems)
                problems.TryAdd(field, message);
            foreach (var (field, message) in VillageRules.Check(draft, found, mentor is not null, today))
            {
                if (field == "location" && (problems.ContainsKey("longitude") || problems.ContainsKey("latitude") || problems.ContainsKey("geometry")))
                    continue;
                if (field == "launchedOn" && problems.ContainsKey("launchedOn"))
                    continue;
                problems.TryAdd(field == "mentorUserId" ? "mentor" : field, message);
            }
            var code = (draft.VillageCode ?? "").Trim();
            if (code.Length > 0 && !firstRow.TryAdd(code, row.Where))
                problems.TryAdd("villageCode", $"villageCode '{code}' is already on {firstRow[code]} of this file.");
            stored.TryGetValue(code, out var existing);
            if (existing?.RetiredAt is not null)
                problems.TryAdd("villageCode", $"village '{code}' ({existing.Name}) was retired on {existing.RetiredAt:yyyy-MM-dd}; it stays in history and cannot be imported again.");
            if (found.TryGetValue(code, out var place) && !editor.Covers(place.RegencyCode))
                problems.TryAdd("villageCode", editor.Outside(place.RegencyCode));
            var reassign = existing is not null && mentor is not null && existing.MentorUserId != mentor.UserId;
            if (reassign && VillageRules.CheckReassign(existing!, today, today) is not null)
                problems.TryAdd("mentor", $"mentor '{mentor!.UserName}' would replace {existing!.MentorOfficer}, whose spell began today; reassign tomorrow or on the village's page.");
            if (problems.Count > 0)
            {
                ledger.Refuse(row, code, problems);
                continue;
            }
            if (existing is null)
            {
                db.AssistedVillages.Add(VillageRules.Create(draft with { MentorUserId = mentor!.UserId }, found[code], mentor.DisplayName, editor.Name, now));
                ledger.Accept(row, code, ImportVerdict.Created);
            }
            else if (Differs(existing, draft) || reassign)
            {
                // A file naming another Pimpasa hands the village over from today; the previous spell ends yesterday.
                if (reassign)
                    VillageRules.Reassign(existing, mentor!.UserId, mentor.DisplayName, today, editor.Name, now);
                existing.Location = Dashboard.Geo.Spatial.Geometries.Point(draft.Longitude!.Value, draft.Latitude!.Value);
                existing.LaunchedOn = draft.LaunchedOn!.Value;
                existing.DecreeNumber = string.IsNullOrWhiteSpace(draft.DecreeNumber) ? null : draft.DecreeNumber.Trim();
                ledger.Accept(row, code, ImportVerdict.Updated);
            }
            else
                ledger.Accept(row, code, ImportVerdict.Unchanged);
        }

        return await ledger.SaveAsync(db, rows.Count, "villages", trigger, ct);
    }

    private static bool Differs(Dashboard.Geo.Domain.Villages.AssistedVillage v, VillageDraft d) =>
        Math.Abs(v.Location.X - d.Longitude!.Value) > 1e-9 || Math.Abs(v.Location.Y - d.Latitude!.Value) > 1e-9
        || v.LaunchedOn != d.LaunchedOn || v.DecreeNumber != (string.IsNullOrWhiteSpace(d.DecreeNumber) ? null : d.DecreeNumber.Trim());

    private static (VillageDraft Draft, Mentor? Mentor, Dictionary<string, string> Problems) Draft(ImportRow row, IReadOnlyDictionary<string, Mentor> accounts)
    {
        var problems = new Dictionary<string, string>();
        string Cell(string column) => row.Cell(VillageImportColumns.Names(VillageImportColumns.Villages, column));
        var mentorName = Cell("mentor");
        var mentor = mentorName.Length > 0 ? accounts.GetValueOrDefault(mentorName) : null;
        if (mentorName.Length > 0 && mentor is null)
            problems["mentor"] = $"mentor '{mentorName}' is not an account; name the Pimpasa by their user name.";
        var draft = new VillageDraft(Cell("villageCode"), ImportCells.Number(Cell("longitude"), "longitude", problems),
            ImportCells.Number(Cell("latitude"), "latitude", problems), ImportCells.Date(Cell("launchedOn"), "launchedOn", problems),
            Cell("decreeNumber") is { Length: > 0 } decree ? decree : null, mentor?.UserId ?? (mentorName.Length > 0 ? mentorName : null), null);
        return (draft, mentor, problems);
    }
}
