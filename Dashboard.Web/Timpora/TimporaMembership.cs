using System.Security.Claims;
using Dashboard.Web.Accounts;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Timpora;

/// <summary>
/// Who sits in which TIMPORA. Only administrators assign; a member reads only their own TIMPORA, and every read and
/// every refusal is audited, since the roster says who from which agency coordinates where.
/// </summary>
public sealed class TimporaMembership(IServiceScopeFactory scopes, AccessLog audit, TimeProvider clock, IStringLocalizer<TimporaStrings> text)
{
    public async Task<IReadOnlyList<TimporaMemberView>> ListAsync(ClaimsPrincipal actor, string? areaCode, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var query = db.Members.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(areaCode))
            query = query.Where(m => m.AreaCode == areaCode.Trim());
        var members = await query.OrderBy(m => m.AreaCode).ThenBy(m => m.Agency).ThenBy(m => m.UserName).ToListAsync(cancellationToken);
        await audit.RecordAsync(actor, "timpora.members.list", $"timpora {areaCode?.Trim() ?? "*"}", members.Count, AuditOutcome.Allowed, cancellationToken);
        return await ViewsAsync(scope, members, cancellationToken);
    }

    /// <summary>Seats the account in the TIMPORA (moving it if it sat elsewhere); the same assignment twice is one seat.</summary>
    public async Task<TimporaOutcome> AssignAsync(ClaimsPrincipal actor, TimporaMemberInput input, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        var userName = input.UserName?.Trim() ?? "";
        if (userName.Length is 0 or > TimporaMember.UserNameLength || SafeText.FirstControl(userName) is not null)
            errors["userName"] = [text["ErrorUserName"]];
        var agency = input.Agency?.Trim();
        if (agency is null || !Agencies.All.Contains(agency))
            errors["agency"] = [text["ErrorAgency", string.Join(", ", Agencies.All)]];
        var areaCode = input.AreaCode?.Trim();
        var level = TimporaAreaCode.LevelOf(areaCode);
        if (level is null)
            errors["areaCode"] = [text["ErrorAreaCode"]];

        await using var scope = scopes.CreateAsyncScope();
        if (!errors.ContainsKey("userName"))
        {
            var users = scope.ServiceProvider.GetRequiredService<IdentityDb>().Users;
            if (!await users.AnyAsync(u => u.UserName == userName, cancellationToken))
                errors["userName"] = [text["ErrorNoAccount", userName]];
        }
        if (errors.Count > 0)
            return new TimporaOutcome(null, errors);

        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var member = await db.Members.FirstOrDefaultAsync(m => m.UserName == userName, cancellationToken);
        if (member is null)
            db.Members.Add(member = new TimporaMember { UserName = userName, Agency = "", AreaCode = "", AssignedBy = "" });
        member.Agency = agency!;
        member.AreaCode = areaCode!;
        member.Level = level!.Value;
        member.AssignedBy = actor.ActorName();
        member.AssignedAt = clock.GetUtcNow().ToUniversalTime();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(actor, "timpora.member.assign", $"user {userName} agency={agency} timpora={areaCode}", cancellationToken);
        return new TimporaOutcome((await ViewsAsync(scope, [member], cancellationToken))[0], errors);
    }

    public async Task<bool> RemoveAsync(ClaimsPrincipal actor, string userName, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimporaDb>();
        var removed = await db.Members.Where(m => m.UserName == userName).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
            await audit.RecordAsync(actor, "timpora.member.remove", $"user {userName}", cancellationToken);
        return removed > 0;
    }

    /// <summary>The signed-in person's own seat, or null when they sit in no TIMPORA.</summary>
    public async Task<TimporaMember?> SeatOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userName = user.Identity?.Name;
        if (userName is null)
            return null;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TimporaDb>().Members.AsNoTracking()
            .FirstOrDefaultAsync(m => m.UserName == userName, cancellationToken);
    }

    /// <summary>
    /// The roster of one TIMPORA, for its own members and for immigration's headquarters; anyone else is refused, and
    /// the refusal is logged like the read.
    /// </summary>
    public async Task<IReadOnlyList<TimporaMemberView>?> RosterAsync(ClaimsPrincipal user, string areaCode, CancellationToken cancellationToken = default)
    {
        var resource = $"timpora {areaCode}";
        if (!await MayReadAsync(user, areaCode, cancellationToken))
        {
            await audit.RecordAsync(user, "timpora.roster", resource, rows: null, AuditOutcome.Refused, cancellationToken);
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var members = await scope.ServiceProvider.GetRequiredService<TimporaDb>().Members.AsNoTracking()
            .Where(m => m.AreaCode == areaCode).OrderBy(m => m.Agency).ThenBy(m => m.UserName).ToListAsync(cancellationToken);
        await audit.RecordAsync(user, "timpora.roster", resource, members.Count, AuditOutcome.Allowed, cancellationToken);
        return await ViewsAsync(scope, members, cancellationToken);
    }

    /// <summary>
    /// Immigration's administrators and headquarters analysts see every TIMPORA, its office staff those of their working
    /// area (the chair needs the roster); a member sees the one they sit in (and, for a province's, its regencies).
    /// </summary>
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, string areaCode, CancellationToken cancellationToken = default) =>
        user.MayRead(await SeatOfAsync(user, cancellationToken), areaCode);

    private static async Task<IReadOnlyList<TimporaMemberView>> ViewsAsync(AsyncServiceScope scope, IReadOnlyList<TimporaMember> members, CancellationToken cancellationToken)
    {
        var names = members.Select(m => m.UserName).ToList();
        var displayNames = await scope.ServiceProvider.GetRequiredService<IdentityDb>().Users.AsNoTracking()
            .Where(u => names.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
        return members.Select(m => new TimporaMemberView(m.UserName, displayNames.GetValueOrDefault(m.UserName) is { Length: > 0 } d ? d : m.UserName,
            m.Agency, m.Level, m.AreaCode, m.AssignedBy, m.AssignedAt)).ToList();
    }
}
