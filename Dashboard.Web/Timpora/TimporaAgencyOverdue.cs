using System.Security.Claims;
using Dashboard.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Timpora;

/// <summary>
/// The overdue action items of a member's agency in their TIMPORA, flagged to every member of that agency and not only
/// to the one named as owner: a person on leave or moved on must not leave the agency's commitment unseen. Another
/// agency's items are not listed; reading the list is audited.
/// </summary>
public sealed class TimporaAgencyOverdue(IServiceScopeFactory scopes, TimporaMembership membership, AccessLog audit, TimeProvider clock)
{
    public const string ReadAction = "timpora.action-items.agency-overdue";
    private const int Limit = 100;

    /// <summary>Null when the account sits in no TIMPORA (a 403); the agency's overdue items otherwise, the oldest due first.</summary>
    public async Task<IReadOnlyList<TimporaActionItemView>?> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var seat = await membership.SeatOfAsync(user, ct);
        if (seat is null)
        {
            await audit.RecordAsync(user, ReadAction, "no seat", rows: null, AuditOutcome.Refused, ct);
            return null;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var area = seat.AreaCode;
        var below = area + ".";
        var province = seat.Level == TimporaLevel.Province;
        await using var scope = scopes.CreateAsyncScope();
        var items = await scope.ServiceProvider.GetRequiredService<TimporaDb>().ActionItems.AsNoTracking()
            .Where(a => a.OwnerAgency == seat.Agency && a.Status == TimporaActionItemStatus.Open && a.DueOn < today
                && (a.AreaCode == area || (province && a.AreaCode.StartsWith(below))))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id).Take(Limit).ToListAsync(ct);
        await audit.RecordAsync(user, ReadAction, $"timpora {area} agency {seat.Agency}", items.Count, AuditOutcome.Allowed, ct);
        return [.. items.Select(a => TimporaActionItemView.Of(a, today))];
    }
}
