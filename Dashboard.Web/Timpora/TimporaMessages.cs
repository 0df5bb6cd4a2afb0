using System.Security.Claims;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Timpora;

/// <summary>
/// Warnings and requests both ways inside a TIMPORA: a partner's member sends to immigration's offices covering the
/// area, immigration sends to the members; the other side acknowledges and answers. Every read, every change and
/// every refusal is audited; a partner's message also raises an alert in immigration's live feed.
/// </summary>
public sealed class TimporaMessages(IServiceScopeFactory scopes, TimporaMembership membership, TimporaMessageValidator validator,
    TimporaMessageAlerts alerts, TimporaBroadcast broadcast, AccessLog audit, TimeProvider clock)
{
    private const int ListLimit = 200;

    public async Task<TimporaResult<IReadOnlyList<TimporaMessageView>>> ListAsync(ClaimsPrincipal user, string areaCode, CancellationToken ct = default)
    {
        var resource = $"timpora {areaCode}";
        if (!user.MayRead(await membership.SeatOfAsync(user, ct), areaCode))
        {
            await audit.RecordAsync(user, "timpora.messages.list", resource, rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<IReadOnlyList<TimporaMessageView>>.Refused(TimporaRefusal.Forbidden);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        // A province's TIMPORA hears its regencies' messages too; a regency's only its own.
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.AreaCode == areaCode || m.AreaCode.StartsWith(areaCode + "."))
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Take(ListLimit).ToListAsync(ct);
        await audit.RecordAsync(user, "timpora.messages.list", resource, messages.Count, AuditOutcome.Allowed, ct);
        return TimporaResult<IReadOnlyList<TimporaMessageView>>.Ok(messages.Select(TimporaMessageView.Of).ToList());
    }

    /// <summary>The messages a person's page shows: their seat's TIMPORA, or the TIMPORAs of immigration's working area.</summary>
    public async Task<IReadOnlyList<TimporaMessageView>> MineAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var seat = await membership.SeatOfAsync(user, ct);
        await using var scope = scopes.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<TimporaDb>().Messages.AsNoTracking();
        string resource;
        if (!user.IsImmigration())
        {
            if (seat is null)
                return [];
            var area = seat.AreaCode;
            query = query.Where(m => m.AreaCode == area || m.AreaCode.StartsWith(area + "."));
            resource = $"timpora {area}";
        }
        else if (user.IsHeadquarters() || !user.HasWorkingArea())
            resource = "timpora *";
        else
        {
            var regencies = user.WorkingAreaCodes();
            var areas = regencies.Concat(regencies.Select(r => r[..2])).Distinct().ToList();
            query = query.Where(m => areas.Contains(m.AreaCode));
            resource = $"timpora {string.Join(' ', areas)}";
        }
        var messages = await query.OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Take(ListLimit).ToListAsync(ct);
        await audit.RecordAsync(user, "timpora.messages.list", resource, messages.Count, AuditOutcome.Allowed, ct);
        return messages.Select(TimporaMessageView.Of).ToList();
    }

    /// <summary>Sends into the TIMPORA; the same client key twice gives back the first message, not a second.</summary>
    public async Task<TimporaResult<TimporaMessageView>> SendAsync(ClaimsPrincipal user, string areaCode, TimporaMessageInput input, CancellationToken ct = default)
    {
        var seat = await membership.SeatOfAsync(user, ct);
        var mayWrite = user.IsImmigration() ? user.ImmigrationCovers(areaCode) : seat is not null && seat.Covers(areaCode);
        if (!mayWrite)
        {
            await audit.RecordAsync(user, "timpora.message.send", $"timpora {areaCode}", rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<TimporaMessageView>.Refused(TimporaRefusal.Forbidden);
        }
        var (message, errors) = validator.Check(areaCode, input);
        if (message is null)
            return TimporaResult<TimporaMessageView>.Invalid(errors);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var sender = user.UserName();
        if (message.ClientKey is { } key
            && await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.SentBy == sender && m.ClientKey == key, ct) is { } earlier)
            return TimporaResult<TimporaMessageView>.Ok(TimporaMessageView.Of(earlier));
        message.SentBy = sender;
        message.SenderAgency = user.ActorAgency();
        message.SentAt = clock.GetUtcNow().ToUniversalTime();
        db.Messages.Add(message);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (message.ClientKey is { } raced)
        {
            // The same submission arrived twice at once: the other one was stored.
            var first = await scope.ServiceProvider.GetRequiredService<TimporaDb>().Messages.AsNoTracking()
                .FirstAsync(m => m.SentBy == sender && m.ClientKey == raced, ct);
            return TimporaResult<TimporaMessageView>.Ok(TimporaMessageView.Of(first));
        }
        await audit.RecordAsync(user, "timpora.message.send",
            $"timpora {areaCode} message {message.Id} {message.Kind.ToString().ToLowerInvariant()} {message.Category}", ct);
        if (!message.ToMembers)
        {
            message.AlertId = await alerts.RaiseAsync(message, ct);
            await db.SaveChangesAsync(ct);
        }
        broadcast.Changed(areaCode);
        return TimporaResult<TimporaMessageView>.Ok(TimporaMessageView.Of(message));
    }

    public Task<TimporaResult<TimporaMessageView>> AcknowledgeAsync(ClaimsPrincipal user, long id, CancellationToken ct = default) =>
        ChangeAsync(user, id, "timpora.message.acknowledge", (message, actor, now) =>
        {
            // Seen twice is seen once; an answered message stays answered.
            if (message.Status != TimporaMessageStatus.Open)
                return null;
            message.Status = TimporaMessageStatus.Acknowledged;
            (message.AcknowledgedBy, message.AcknowledgedAt) = (actor, now);
            return null;
        }, ct);

    public Task<TimporaResult<TimporaMessageView>> AnswerAsync(ClaimsPrincipal user, long id, TimporaAnswerInput input, CancellationToken ct = default)
    {
        var answer = input.Answer?.Trim() ?? "";
        return ChangeAsync(user, id, "timpora.message.answer", (message, actor, now) =>
        {
            if (validator.TextProblem(answer) is { } problem)
                return new Dictionary<string, string[]> { ["answer"] = [problem] };
            if (message.Status == TimporaMessageStatus.Answered && message.Answer == answer)
                return null;
            if (message.AcknowledgedAt is null)
                (message.AcknowledgedBy, message.AcknowledgedAt) = (actor, now);
            message.Status = TimporaMessageStatus.Answered;
            (message.Answer, message.AnsweredBy, message.AnswererAgency, message.AnsweredAt) = (answer, actor, user.ActorAgency(), now);
            return null;
        }, ct);
    }

    /// <summary>
    /// Only the side a message was sent to acts on it: immigration's covering staff on a partner's, the TIMPORA's
    /// partner members on immigration's.
    /// </summary>
    private async Task<TimporaResult<TimporaMessageView>> ChangeAsync(ClaimsPrincipal user, long id, string action,
        Func<TimporaMessage, string, DateTimeOffset, Dictionary<string, string[]>?> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
            return TimporaResult<TimporaMessageView>.Refused(TimporaRefusal.NotFound);
        var seat = await membership.SeatOfAsync(user, ct);
        var addressee = message.ToMembers
            ? !user.IsImmigration() && seat is not null && seat.Covers(message.AreaCode)
            : user.ImmigrationCovers(message.AreaCode);
        if (!addressee)
        {
            await audit.RecordAsync(user, action, $"timpora {message.AreaCode} message {id}", rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<TimporaMessageView>.Refused(TimporaRefusal.Forbidden);
        }
        if (change(message, user.ActorName(), clock.GetUtcNow().ToUniversalTime()) is { } errors)
            return TimporaResult<TimporaMessageView>.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, action, $"timpora {message.AreaCode} message {id}", ct);
        broadcast.Changed(message.AreaCode);
        return TimporaResult<TimporaMessageView>.Ok(TimporaMessageView.Of(message));
    }
}
