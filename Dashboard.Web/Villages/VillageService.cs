using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Domain.Villages;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Villages;
using Dashboard.Jobs.RiskMap;
using Dashboard.Web.Crossings;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dashboard.Web.Villages;

/// <summary>
/// Assisted villages (Desa Binaan Imigrasi), kept by HQ and, within its working area, by the office that runs them:
/// registered by official code, mentored by a Pimpasa picked from the
/// accounts (reassigned with history), retired with a reason, and their outreach sessions. Every change asks the risk
/// map to be recomputed, whose vulnerability reads villages and their last session.
/// </summary>
public sealed class VillageService(
    IDbContextFactory<GeoDbContext> contexts, NpgsqlDataSource dataSource, GazetteerLookup gazetteer, MentorDirectory mentors,
    RiskMapTrigger trigger, TimeProvider clock, IOptions<VillageOptions> options)
{
    private static readonly TimeSpan Jakarta = TimeSpan.FromHours(7);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Jakarta).DateTime);

    public int QuietAfterDays => options.Value.QuietAfterDays;

    public async Task<IReadOnlyList<VillageView>> ListAsync(bool includeRetired, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.AssistedVillages.AsNoTracking().Where(v => includeRetired || v.RetiredAt == null)
            .OrderBy(v => v.RetiredAt != null).ThenBy(v => v.Name)
            .Select(v => new { Village = v, Last = v.OutreachSessions.Max(s => (DateOnly?)s.HeldOn) })
            .ToListAsync(ct);
        return [.. rows.Select(r => View(r.Village, r.Last))];
    }

    public async Task<VillageDetails?> DetailsAsync(string code, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var village = await db.AssistedVillages.AsNoTracking().Include(v => v.Mentorships).Include(v => v.OutreachSessions)
            .FirstOrDefaultAsync(v => v.VillageCode == code.Trim(), ct);
        if (village is null)
            return null;
        var sessions = village.OutreachSessions.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id).ToList();
        var mentorships = village.Mentorships.OrderByDescending(m => m.From).ThenByDescending(m => m.Id)
            .Select(m => new MentorshipView(m.MentorName, m.MentorUserId, m.From, m.Until, m.AssignedBy)).ToList();
        if (mentorships.Count == 0)
            mentorships.Add(new MentorshipView(village.MentorOfficer, village.MentorUserId, village.LaunchedOn, null, "?"));
        var hit = await gazetteer.FindAsync(village.VillageCode, ct);
        var (reports, cases, victims) = await AroundAsync(village, ct);
        return new VillageDetails(View(village, sessions.FirstOrDefault()?.HeldOn), hit?.District, hit?.Regency, hit?.Province,
            mentorships, [.. sessions.Select(SessionView.Of)], reports, cases, victims, QuietAfterDays);
    }

    public async Task<EditOutcome<VillageView>> RegisterAsync(VillageDraft draft, MasterDataEditor editor, CancellationToken ct)
    {
        var mentor = await mentors.FindAsync(draft.MentorUserId, ct);
        var found = await gazetteer.FindManyAsync(draft.VillageCode is { } c ? [c] : [], ct);
        var problems = VillageRules.Check(draft, found, mentor is not null, Today);
        if (problems.Count > 0)
            return EditOutcome<VillageView>.Invalid(problems);
        var hit = found[draft.VillageCode!.Trim()];
        if (!editor.Covers(hit.RegencyCode))
            return EditOutcome<VillageView>.Forbidden("villageCode", editor.Outside(hit.RegencyCode));
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.AssistedVillages.AnyAsync(v => v.VillageCode == hit.Code, ct))
            return EditOutcome<VillageView>.Conflict("villageCode", $"village '{hit.Code}' ({hit.Name}) is already an assisted village.");
        var village = VillageRules.Create(draft with { MentorUserId = mentor?.UserId }, hit, mentor?.DisplayName ?? draft.MentorName!.Trim(), editor.Name, clock.GetUtcNow());
        db.AssistedVillages.Add(village);
        await db.SaveChangesAsync(ct);
        trigger.TryRequest();
        return EditOutcome<VillageView>.Of(View(village, null));
    }

    /// <summary>A new Pimpasa from <paramref name="from"/> on (today by default); the previous one's spell ends the day before.</summary>
    public async Task<EditOutcome<VillageView>> ReassignAsync(string code, string? mentorUserId, DateOnly? from, MasterDataEditor editor, CancellationToken ct)
    {
        var mentor = await mentors.FindAsync(mentorUserId, ct);
        if (mentor is null)
            return EditOutcome<VillageView>.Invalid(new Dictionary<string, string> { ["mentorUserId"] = $"mentorUserId '{mentorUserId}' is not an account." });
        await using var db = await contexts.CreateDbContextAsync(ct);
        var village = await db.AssistedVillages.Include(v => v.Mentorships).FirstOrDefaultAsync(v => v.VillageCode == code.Trim(), ct);
        if (village is null || village.RetiredAt is not null)
            return EditOutcome<VillageView>.NotFound("villageCode", $"no current assisted village has code '{code}'.");
        if (!editor.Covers(village.RegencyCode))
            return EditOutcome<VillageView>.Forbidden("villageCode", editor.Outside(village.RegencyCode));
        var start = from ?? Today;
        if (VillageRules.CheckReassign(village, start, Today) is { } problem)
            return EditOutcome<VillageView>.Invalid(new Dictionary<string, string> { ["from"] = problem });
        VillageRules.Reassign(village, mentor.UserId, mentor.DisplayName, start, editor.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return EditOutcome<VillageView>.Of(View(village, null));
    }

    public async Task<EditOutcome<VillageView>> RetireAsync(string code, string? reason, MasterDataEditor editor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
            return EditOutcome<VillageView>.Invalid(new Dictionary<string, string> { ["reason"] = "reason is required (500 characters at most): why the village is retired." });
        await using var db = await contexts.CreateDbContextAsync(ct);
        var village = await db.AssistedVillages.Include(v => v.Mentorships).FirstOrDefaultAsync(v => v.VillageCode == code.Trim(), ct);
        if (village is null)
            return EditOutcome<VillageView>.NotFound("villageCode", $"no assisted village has code '{code}'.");
        if (!editor.Covers(village.RegencyCode))
            return EditOutcome<VillageView>.Forbidden("villageCode", editor.Outside(village.RegencyCode));
        if (village.RetiredAt is null)
        {
            village.RetiredAt = clock.GetUtcNow();
            village.RetiredReason = reason.Trim();
            foreach (var open in village.Mentorships.Where(m => m.Until is null))
                open.Until = Today;
            await db.SaveChangesAsync(ct);
            trigger.TryRequest();
        }
        return EditOutcome<VillageView>.Of(View(village, null));
    }

    public async Task<EditOutcome<SessionView>> LogSessionAsync(string code, SessionDraft draft, string user, CancellationToken ct)
    {
        var problems = VillageRules.CheckSession(draft, Today);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var village = await db.AssistedVillages.AsNoTracking().FirstOrDefaultAsync(v => v.VillageCode == code.Trim() && v.RetiredAt == null, ct);
        if (village is null)
            return EditOutcome<SessionView>.NotFound("village", $"no current assisted village has code '{code}'.");
        if (problems.Count > 0)
            return EditOutcome<SessionView>.Invalid(problems);
        var session = VillageRules.Session(village.Id, draft, user, clock.GetUtcNow());
        db.OutreachSessions.Add(session);
        await db.SaveChangesAsync(ct);
        trigger.TryRequest();
        return EditOutcome<SessionView>.Of(SessionView.Of(session));
    }

    private VillageView View(AssistedVillage v, DateOnly? last)
    {
        int? days = last is { } l ? Today.DayNumber - l.DayNumber : null;
        var quiet = v.RetiredAt is null && (days ?? Today.DayNumber - v.LaunchedOn.DayNumber) > QuietAfterDays;
        return new VillageView(v.Id, v.VillageCode, v.Name, v.DistrictCode, v.RegencyCode, v.ProvinceCode, v.Location.X, v.Location.Y,
            v.LaunchedOn, v.DecreeNumber, v.MentorOfficer, v.MentorUserId, last, days, quiet, v.RetiredAt, v.RetiredReason);
    }

    private async Task<(IReadOnlyList<NearbyReport> Reports, int Cases, int Victims)> AroundAsync(AssistedVillage v, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var metres = options.Value.AroundKm * 1000;
        var reports = new List<NearbyReport>();
        await using (var command = new NpgsqlCommand("""
            SELECT id, kind, observed_at, category, ST_Distance(location::geography, @at::geography) / 1000
            FROM geo.field_reports
            WHERE village_id = @id OR ST_DWithin(location::geography, @at::geography, @m)
            ORDER BY observed_at DESC LIMIT 20
            """, connection))
        {
            command.Parameters.AddWithValue("id", v.Id);
            command.Parameters.AddWithValue("at", v.Location);
            command.Parameters.AddWithValue("m", metres);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                reports.Add(new NearbyReport(reader.GetInt64(0), ((ReportKind)reader.GetInt32(1)).ToString(),
                    reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), Math.Round(reader.GetDouble(4), 1)));
        }
        await using var cases = new NpgsqlCommand("""
            SELECT count(*)::int, coalesce(sum(victim_count), 0)::int FROM geo.case_origins
            WHERE village_code = @code OR ST_DWithin(location::geography, @at::geography, @m)
            """, connection);
        cases.Parameters.AddWithValue("code", v.VillageCode);
        cases.Parameters.AddWithValue("at", v.Location);
        cases.Parameters.AddWithValue("m", metres);
        await using var r = await cases.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (reports, r.GetInt32(0), r.GetInt32(1));
    }
}
