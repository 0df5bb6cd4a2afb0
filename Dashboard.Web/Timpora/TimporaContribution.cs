using System.Globalization;
using System.Security.Claims;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Timpora;

/// <summary>
/// Each agency's contribution to a TIMPORA, for the task force's periodic evaluation. Counts of coordination work,
/// never of cases; the chair (immigration covering the area) sees every agency, a partner's member only their own.
/// </summary>
public sealed class TimporaContribution(IServiceScopeFactory scopes, TimporaMembership membership, AccessLog audit, TimeProvider clock,
    IStringLocalizer<TimporaStrings> text)
{
    /// <summary>The period when none is given: the last quarter, as the task force reviews.</summary>
    public const int DefaultDays = 90;

    public async Task<TimporaResult<TimporaContributionView>> FiguresAsync(ClaimsPrincipal user, string areaCode, string? from, string? to, CancellationToken ct = default)
    {
        var resource = $"timpora {areaCode}";
        var chair = user.ImmigrationCovers(areaCode);
        var seat = await membership.SeatOfAsync(user, ct);
        var member = !user.IsImmigration() && seat is not null && seat.Covers(areaCode);
        if (!chair && !member)
        {
            await audit.RecordAsync(user, "timpora.contribution", resource, rows: null, AuditOutcome.Refused, ct);
            return TimporaResult<TimporaContributionView>.Refused(TimporaRefusal.Forbidden);
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new Dictionary<string, string[]>();
        var end = Parse(to, today, "to", errors);
        var start = Parse(from, end.AddDays(-DefaultDays), "from", errors);
        if (errors.Count == 0 && (start > end || end.DayNumber - start.DayNumber > 732))
            errors["from"] = [text["ErrorPeriod"]];
        if (errors.Count > 0)
            return TimporaResult<TimporaContributionView>.Invalid(errors);

        var since = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var messages = await db.Messages.AsNoTracking()
            .Where(m => (m.AreaCode == areaCode || m.AreaCode.StartsWith(areaCode + ".")) && m.SentAt >= since && m.SentAt < until).ToListAsync(ct);
        // The items of the meetings held in the period, whenever they fall due.
        var items = await db.ActionItems.AsNoTracking()
            .Where(a => (a.AreaCode == areaCode || a.AreaCode.StartsWith(areaCode + "."))
                        && db.Meetings.Any(m => m.Id == a.MeetingId && m.HeldOn >= start && m.HeldOn <= end)).ToListAsync(ct);
        var roster = await db.Members.AsNoTracking().Where(m => m.AreaCode == areaCode).Select(m => m.Agency).Distinct().ToListAsync(ct);

        var agencies = roster.Append(DashboardClaims.Immigration).Concat(messages.Select(m => m.SenderAgency))
            .Concat(messages.Select(m => m.AnswererAgency).OfType<string>()).Concat(items.Select(a => a.OwnerAgency))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (!chair)
            agencies = [seat!.Agency];
        var rows = agencies.Select(agency => Row(agency, messages, items, today)).ToList();
        await audit.RecordAsync(user, "timpora.contribution", $"{resource} {start:yyyy-MM-dd}..{end:yyyy-MM-dd}", rows.Count, AuditOutcome.Allowed, ct);
        return TimporaResult<TimporaContributionView>.Ok(new TimporaContributionView(areaCode, start, end, rows));
    }

    private static TimporaContributionRow Row(string agency, IReadOnlyList<TimporaMessage> messages, IReadOnlyList<TimporaActionItem> items, DateOnly today)
    {
        var sent = messages.Where(m => m.SenderAgency == agency).ToList();
        var answered = messages.Where(m => m.AnswererAgency == agency && m.AnsweredAt is not null).ToList();
        var hours = answered.Select(m => (m.AnsweredAt!.Value - m.SentAt).TotalHours).Order().ToList();
        var owned = items.Where(a => a.OwnerAgency == agency).ToList();
        return new TimporaContributionRow(agency, sent.Count, sent.Count(m => m.Status == TimporaMessageStatus.Answered), answered.Count,
            Median(hours), owned.Count,
            owned.Count(a => a.Status == TimporaActionItemStatus.Done && a.DoneAt is { } done && DateOnly.FromDateTime(done.UtcDateTime) <= a.DueOn),
            owned.Count(a => a.IsOverdue(today)));
    }

    private static double? Median(IReadOnlyList<double> sorted) =>
        sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 1);

    private DateOnly Parse(string? value, DateOnly fallback, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return fallback;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors[field] = [text["ErrorPeriod"]];
        return fallback;
    }
}
