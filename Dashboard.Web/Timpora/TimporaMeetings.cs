using System.Globalization;
using System.Security.Claims;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Timpora;

/// <summary>
/// A TIMPORA's meetings, decisions and action items. Immigration's covering staff chair: they open meetings and
/// record decisions and items; members read their TIMPORA's meetings and set their own items done. Audited throughout.
/// </summary>
public sealed class TimporaMeetings(IServiceScopeFactory scopes, TimporaMembership membership, TimporaBroadcast broadcast, AccessLog audit,
    TimeProvider clock, IStringLocalizer<TimporaStrings> text, TimporaBriefings briefings)
{
    private const int PlaceLength = 200, MinutesLength = 20_000, ListLimit = 50;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<TimporaResult<IReadOnlyList<TimporaMeetingView>>> ListAsync(ClaimsPrincipal user, string areaCode, CancellationToken ct = default)
    {
        var resource = $"timpora {areaCode}";
        if (!user.MayRead(await membership.SeatOfAsync(user, ct), areaCode))
        {
            await audit.RecordAsync(user, "timpora.meetings.list", resource, rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<IReadOnlyList<TimporaMeetingView>>.Refused(TimporaRefusal.Forbidden);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Decisions).Include(m => m.ActionItems)
            .Where(m => m.AreaCode == areaCode).OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Take(ListLimit)
            .AsSplitQuery().ToListAsync(ct);
        var items = await db.ActionItems.AsNoTracking().Where(a => a.AreaCode == areaCode).ToListAsync(ct);
        await audit.RecordAsync(user, "timpora.meetings.list", resource, meetings.Count, AuditOutcome.Allowed, ct);
        var heldOn = meetings.ToDictionary(m => m.Id, m => m.HeldOn);
        return TimporaResult<IReadOnlyList<TimporaMeetingView>>.Ok(meetings.Select(m => View(m, items, heldOn)).ToList());
    }

    /// <summary>One meeting's record for export, for both sides of its TIMPORA; with the attendees' display names.</summary>
    public async Task<TimporaResult<string>> RecordCsvAsync(ClaimsPrincipal user, long meetingId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var area = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => m.AreaCode).FirstOrDefaultAsync(ct);
        if (area is null)
            return TimporaResult<string>.Refused(TimporaRefusal.NotFound);
        var resource = $"timpora {area} meeting {meetingId}";
        if (!user.MayRead(await membership.SeatOfAsync(user, ct), area))
        {
            await audit.RecordAsync(user, "timpora.meeting.export", resource, rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<string>.Refused(TimporaRefusal.Forbidden);
        }
        var view = (await ViewAsync(db, meetingId, ct)).Value!;
        var roster = await membership.RosterAsync(user, area, ct) ?? [];
        await audit.RecordAsync(user, "timpora.meeting.export", resource, ct);
        return TimporaResult<string>.Ok(TimporaMeetingExport.Csv(view, roster.ToDictionary(r => r.UserName, r => r.DisplayName)));
    }

    /// <summary>The chair opens a meeting; the same client key twice gives back the first meeting.</summary>
    public async Task<TimporaResult<TimporaMeetingView>> OpenAsync(ClaimsPrincipal user, string areaCode, TimporaMeetingInput input, CancellationToken ct = default)
    {
        if (!user.ImmigrationCovers(areaCode))
        {
            await audit.RecordAsync(user, "timpora.meeting.open", $"timpora {areaCode}", rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<TimporaMeetingView>.Refused(TimporaRefusal.Forbidden);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var errors = new Dictionary<string, string[]>();
        if (!TryDate(input.HeldOn, out var heldOn) || Math.Abs(heldOn.DayNumber - Today.DayNumber) > 366)
            errors["heldOn"] = [text["ErrorHeldOn"]];
        var place = input.Place?.Trim() ?? "";
        if (place.Length is 0 or > PlaceLength || SafeText.FirstControl(place) is not null)
            errors["place"] = [text["ErrorMeetingPlace", PlaceLength]];
        var minutes = string.IsNullOrWhiteSpace(input.Minutes) ? null : input.Minutes.Trim();
        if (minutes is not null && (minutes.Length > MinutesLength || SafeText.FirstControl(minutes) is not null))
            errors["minutes"] = [text["ErrorMinutes", MinutesLength]];
        var attendees = (input.Attendees ?? []).Select(a => a?.Trim() ?? "").Distinct().ToList();
        var roster = await db.Members.AsNoTracking().Where(m => m.AreaCode == areaCode).Select(m => m.UserName).ToListAsync(ct);
        if (attendees.Count == 0 || attendees.Any(a => !roster.Contains(a)))
            errors["attendees"] = [text["ErrorAttendees", areaCode]];
        TimporaBriefingSnapshot? briefing = null;
        if (input.BriefingFrom is not null || input.BriefingTo is not null)
        {
            if (!TryDate(input.BriefingFrom, out var from) || !TryDate(input.BriefingTo, out var to) || to < from)
                errors["briefingFrom"] = [text["ErrorBriefingPeriod"]];
            else if (errors.Count == 0)
            {
                var (snapshot, refusal) = await briefings.TakeAsync(scope.ServiceProvider, areaCode, from, to, ct);
                if (snapshot is null)
                    errors["briefingFrom"] = [text["ErrorBriefingRefused", refusal ?? ""]];
                briefing = snapshot;
            }
        }
        if (errors.Count > 0)
            return TimporaResult<TimporaMeetingView>.Invalid(errors);

        var chair = user.UserName();
        if (input.ClientKey is { } key && await db.Meetings.AsNoTracking().AnyAsync(m => m.OpenedBy == chair && m.ClientKey == key, ct))
            return await ViewAsync(db, await db.Meetings.AsNoTracking().Where(m => m.OpenedBy == chair && m.ClientKey == key).Select(m => m.Id).FirstAsync(ct), ct);
        var meeting = new TimporaMeeting
        {
            AreaCode = areaCode, HeldOn = heldOn, Place = place, Attendees = attendees, Minutes = minutes, OpenedBy = chair,
            OpenedAt = clock.GetUtcNow().ToUniversalTime(), ClientKey = input.ClientKey, Briefing = briefing?.ToJson(),
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "timpora.meeting.open",
            $"timpora {areaCode} meeting {meeting.Id} attendees={attendees.Count}{(briefing is null ? "" : $" briefing={briefing.From:yyyy-MM-dd}..{briefing.To:yyyy-MM-dd}")}", ct);
        broadcast.Changed(areaCode);
        return await ViewAsync(db, meeting.Id, ct);
    }

    public Task<TimporaResult<TimporaMeetingView>> AddDecisionAsync(ClaimsPrincipal user, long meetingId, TimporaDecisionInput input, CancellationToken ct = default) =>
        ChairAsync(user, meetingId, "timpora.decision.add", async (db, meeting) =>
        {
            var body = input.Text?.Trim() ?? "";
            if (TextProblem(body) is { } problem)
                return new Dictionary<string, string[]> { ["text"] = [problem] };
            meeting.Decisions.Add(new TimporaDecision { Text = body, RecordedBy = user.ActorName(), RecordedAt = clock.GetUtcNow().ToUniversalTime() });
            await Task.CompletedTask;
            return null;
        }, ct);

    public Task<TimporaResult<TimporaMeetingView>> AddActionItemAsync(ClaimsPrincipal user, long meetingId, TimporaActionItemInput input, CancellationToken ct = default) =>
        ChairAsync(user, meetingId, "timpora.action-item.add", async (db, meeting) =>
        {
            var errors = new Dictionary<string, string[]>();
            var body = input.Text?.Trim() ?? "";
            if (TextProblem(body) is { } problem)
                errors["text"] = [problem];
            var owner = input.Owner?.Trim() ?? "";
            var seat = owner.Length == 0 ? null
                : await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.UserName == owner && m.AreaCode == meeting.AreaCode, ct);
            if (seat is null)
                errors["owner"] = [text["ErrorOwner", meeting.AreaCode]];
            if (!TryDate(input.DueOn, out var due) || due < meeting.HeldOn || due > meeting.HeldOn.AddDays(366))
                errors["dueOn"] = [text["ErrorDueOn"]];
            if (input.DecisionId is { } decision && meeting.Decisions.All(d => d.Id != decision))
                errors["decisionId"] = [text["ErrorDecision"]];
            if (errors.Count > 0)
                return errors;
            meeting.ActionItems.Add(new TimporaActionItem
            {
                AreaCode = meeting.AreaCode, DecisionId = input.DecisionId, Text = body, Owner = owner, OwnerAgency = seat!.Agency, DueOn = due,
            });
            return null;
        }, ct);

    /// <summary>The item's owner, or the chair, sets it done (or open again).</summary>
    public async Task<TimporaResult<TimporaActionItemView>> SetStatusAsync(ClaimsPrincipal user, long itemId, TimporaActionItemStatusInput input, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var item = await db.ActionItems.FirstOrDefaultAsync(a => a.Id == itemId, ct);
        if (item is null)
            return TimporaResult<TimporaActionItemView>.Refused(TimporaRefusal.NotFound);
        var resource = $"timpora {item.AreaCode} action-item {itemId}";
        if (item.Owner != user.UserName() && !user.ImmigrationCovers(item.AreaCode))
        {
            await audit.RecordAsync(user, "timpora.action-item.status", resource, rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<TimporaActionItemView>.Refused(TimporaRefusal.Forbidden);
        }
        if (input.Status is null || !Enum.TryParse<TimporaActionItemStatus>(input.Status, ignoreCase: true, out var status)
            || !Enum.IsDefined(status) || int.TryParse(input.Status, out _))
            return TimporaResult<TimporaActionItemView>.Invalid(new Dictionary<string, string[]> { ["status"] = [text["ErrorItemStatus"]] });
        if (item.Status != status)
        {
            item.Status = status;
            var done = status == TimporaActionItemStatus.Done;
            item.DoneBy = done ? user.ActorName() : null;
            item.DoneAt = done ? clock.GetUtcNow().ToUniversalTime() : null;
            await db.SaveChangesAsync(ct);
            broadcast.Changed(item.AreaCode);
        }
        await audit.RecordAsync(user, "timpora.action-item.status", $"{resource} {status.ToString().ToLowerInvariant()}", ct);
        return TimporaResult<TimporaActionItemView>.Ok(TimporaActionItemView.Of(item, Today));
    }

    /// <summary>The caller's own action items, the overdue first.</summary>
    public async Task<IReadOnlyList<TimporaActionItemView>> MineAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = user.UserName();
        await using var scope = scopes.CreateAsyncScope();
        var items = await scope.ServiceProvider.GetRequiredService<TimporaDb>().ActionItems.AsNoTracking()
            .Where(a => a.Owner == me).OrderBy(a => a.Status).ThenBy(a => a.DueOn).ToListAsync(ct);
        await audit.RecordAsync(user, "timpora.action-items.mine", $"user {me}", items.Count, AuditOutcome.Allowed, ct);
        var today = Today;
        return items.Select(a => TimporaActionItemView.Of(a, today)).OrderByDescending(a => a.Overdue).ToList();
    }

    private async Task<TimporaResult<TimporaMeetingView>> ChairAsync(ClaimsPrincipal user, long meetingId, string action,
        Func<TimporaDb, TimporaMeeting, Task<Dictionary<string, string[]>?>> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var meeting = await db.Meetings.Include(m => m.Decisions).Include(m => m.ActionItems).AsSplitQuery().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
            return TimporaResult<TimporaMeetingView>.Refused(TimporaRefusal.NotFound);
        var resource = $"timpora {meeting.AreaCode} meeting {meetingId}";
        if (!user.ImmigrationCovers(meeting.AreaCode))
        {
            await audit.RecordAsync(user, action, resource, rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<TimporaMeetingView>.Refused(TimporaRefusal.Forbidden);
        }
        if (await change(db, meeting) is { } errors)
            return TimporaResult<TimporaMeetingView>.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, action, resource, ct);
        broadcast.Changed(meeting.AreaCode);
        return await ViewAsync(db, meetingId, ct);
    }

    private async Task<TimporaResult<TimporaMeetingView>> ViewAsync(TimporaDb db, long meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Decisions).Include(m => m.ActionItems).AsSplitQuery().FirstAsync(m => m.Id == meetingId, ct);
        var items = await db.ActionItems.AsNoTracking().Where(a => a.AreaCode == meeting.AreaCode).ToListAsync(ct);
        var heldOn = await db.Meetings.AsNoTracking().Where(m => m.AreaCode == meeting.AreaCode).ToDictionaryAsync(m => m.Id, m => m.HeldOn, ct);
        return TimporaResult<TimporaMeetingView>.Ok(View(meeting, items, heldOn));
    }

    /// <summary>
    /// Carried over: items of earlier meetings that were still open on this meeting's day (open now, or done since).
    /// </summary>
    private TimporaMeetingView View(TimporaMeeting m, IReadOnlyList<TimporaActionItem> areaItems, IReadOnlyDictionary<long, DateOnly> heldOn)
    {
        var today = Today;
        var dayStart = new DateTimeOffset(m.HeldOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var carried = areaItems
            .Where(a => a.MeetingId != m.Id && heldOn.TryGetValue(a.MeetingId, out var d) && (d < m.HeldOn || d == m.HeldOn && a.MeetingId < m.Id))
            .Where(a => a.Status == TimporaActionItemStatus.Open || a.DoneAt >= dayStart)
            .OrderBy(a => a.DueOn).Select(a => TimporaActionItemView.Of(a, today)).ToList();
        return new TimporaMeetingView(m.Id, m.AreaCode, m.HeldOn, m.Place, m.Attendees, m.Minutes, m.OpenedBy, m.OpenedAt,
            m.Decisions.OrderBy(d => d.Id).Select(d => new TimporaDecisionView(d.Id, d.Text, d.RecordedBy, d.RecordedAt)).ToList(),
            m.ActionItems.OrderBy(a => a.Id).Select(a => TimporaActionItemView.Of(a, today)).ToList(), carried,
            TimporaBriefingSnapshot.FromJson(m.Briefing));
    }

    private string? TextProblem(string body) =>
        body.Length is 0 or > TimporaMessage.TextLength || SafeText.FirstControl(body) is not null ? text["ErrorText", TimporaMessage.TextLength].Value : null;

    private static bool TryDate(string? value, out DateOnly day) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
