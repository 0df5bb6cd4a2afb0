using System.Security.Claims;
using Dashboard.Geo.Domain.Villages;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Villages;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Villages;

/// <summary>
/// Imports outreach sessions (e.g. a year of paper logs) from CSV, XLSX or GeoJSON, all or nothing, checked by the same
/// <see cref="VillageRules.CheckSession"/> as the phone form. A session is known by its village, date and topic: the
/// same again is unchanged, with other attendance or partners it is updated, so re-importing a file changes nothing.
/// </summary>
public sealed class SessionImporter(IDbContextFactory<GeoDbContext> contexts, VillageService villages, RiskMapTrigger trigger, AccessLog log, TimeProvider clock)
{
    public const int MaxRows = 5_000;
    public const string Template = "/api/villages/sessions/import/template.csv";

    public Task<MasterImportResult> ImportAsync(ClaimsPrincipal user, byte[] file, bool dryRun, CancellationToken ct) =>
        RunAsync(user, file, dryRun, ct).RecordedAsync(log, user, "villages.sessions.import", ct);

    private async Task<MasterImportResult> RunAsync(ClaimsPrincipal user, byte[] file, bool dryRun, CancellationToken ct)
    {
        var ledger = new ImportLedger(dryRun);
        if (ledger.Open(file, Template, VillageImportColumns.Sessions, MaxRows, "session rows") is not { } table)
            return ledger.Refused();

        var rows = table.Rows.Select(r => (Row: r, Parsed: Draft(r))).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var codes = rows.Select(r => r.Parsed.VillageCode).Where(c => c.Length > 0).Distinct().ToList();
        var current = await db.AssistedVillages.AsNoTracking().Where(v => codes.Contains(v.VillageCode) && v.RetiredAt == null)
            .ToDictionaryAsync(v => v.VillageCode, v => v.Id, ct);
        var ids = current.Values.ToList();
        var sessions = await db.OutreachSessions.Where(s => ids.Contains(s.VillageId)).ToListAsync(ct);
        var known = sessions.GroupBy(s => (s.VillageId, s.HeldOn, s.Topic)).ToDictionary(g => g.Key, g => g.First());
        var firstRow = new Dictionary<(int, DateOnly, string), string>();
        var today = villages.Today;
        var now = clock.GetUtcNow();
        foreach (var (row, (code, draft, parseProblems)) in rows)
        {
            var problems = ledger.ReaderProblems(row);
            foreach (var (field, message) in parseProblems)
                problems.TryAdd(field, message);
            foreach (var (field, message) in VillageRules.CheckSession(draft, today))
                if (!(field == "heldOn" && problems.ContainsKey("heldOn")))
                    problems.TryAdd(field, message);
            if (code.Length == 0)
                problems.TryAdd("villageCode", "villageCode is required: the Kemendagri code of an assisted village.");
            else if (!current.ContainsKey(code))
                problems.TryAdd("villageCode", $"villageCode '{code}' is not a current assisted village; register it first.");
            if (problems.Count > 0)
            {
                ledger.Refuse(row, code, problems);
                continue;
            }
            var session = VillageRules.Session(current[code], draft, user.ActorName(), now);
            var key = (session.VillageId, session.HeldOn, session.Topic);
            var label = $"{code} {session.HeldOn:yyyy-MM-dd} {session.Topic}";
            if (!firstRow.TryAdd(key, row.Where))
            {
                ledger.Refuse(row, label, new Dictionary<string, string> { ["session"] = $"a {session.Topic} session in {code} on {session.HeldOn:yyyy-MM-dd} is already on {firstRow[key]} of this file." });
                continue;
            }
            if (!known.TryGetValue(key, out var existing))
            {
                db.OutreachSessions.Add(session);
                ledger.Accept(row, label, ImportVerdict.Created);
            }
            else if (Differs(existing, session))
            {
                (existing.TopicOther, existing.Women, existing.Men, existing.Attendance, existing.Youth, existing.ProspectiveMigrants, existing.Partners, existing.Note) =
                    (session.TopicOther, session.Women, session.Men, session.Attendance, session.Youth, session.ProspectiveMigrants, session.Partners, session.Note);
                ledger.Accept(row, label, ImportVerdict.Updated);
            }
            else
                ledger.Accept(row, label, ImportVerdict.Unchanged);
        }

        return await ledger.SaveAsync(db, rows.Count, "sessions", trigger, ct);
    }

    private static bool Differs(OutreachSession a, OutreachSession b) =>
        a.TopicOther != b.TopicOther || a.Women != b.Women || a.Men != b.Men || a.Youth != b.Youth
        || a.ProspectiveMigrants != b.ProspectiveMigrants || a.Note != b.Note || !a.Partners.Order().SequenceEqual(b.Partners.Order());

    private static (string VillageCode, SessionDraft Draft, Dictionary<string, string> Problems) Draft(ImportRow row)
    {
        var problems = new Dictionary<string, string>();
        string Cell(string column) => row.Cell(VillageImportColumns.Names(VillageImportColumns.Sessions, column));
        var partners = Cell("partners").Split(['|', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var draft = new SessionDraft(ImportCells.Date(Cell("heldOn"), "heldOn", problems), Cell("topic"),
            Cell("topicOther") is { Length: > 0 } other ? other : null, partners,
            ImportCells.Whole(Cell("women"), "women", problems), ImportCells.Whole(Cell("men"), "men", problems),
            ImportCells.Whole(Cell("youth"), "youth", problems), ImportCells.Whole(Cell("prospectiveMigrants"), "prospectiveMigrants", problems),
            Cell("note") is { Length: > 0 } note ? note : null);
        return (Cell("villageCode").Trim(), draft, problems);
    }
}
