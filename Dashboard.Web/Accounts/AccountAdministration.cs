using System.Security.Claims;
using System.Text.RegularExpressions;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Accounts;

/// <summary>
/// Creating, editing, disabling, unlocking and resetting accounts, for the /admin/users page, its API and the
/// create-admin command alike. Each operation has its own scope (a fresh DbContext), and each change is written to
/// the audit log with who made it. Every change also renews the account's security stamp, so its open pages and
/// cookies are checked again.
/// </summary>
public sealed partial class AccountAdministration(IServiceScopeFactory scopes, AccessLog audit, IStringLocalizer<AccountStrings> text, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountView>> ListAsync(AccountFilter filter, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{filter.Search.Trim().Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }
        if (!string.IsNullOrEmpty(filter.Agency))
            query = query.Where(u => u.Agency == filter.Agency);
        if (!string.IsNullOrEmpty(filter.OfficeCode))
            query = query.Where(u => u.OfficeCode == filter.OfficeCode);
        if (filter.Disabled is { } disabled)
            query = query.Where(u => u.IsDisabled == disabled);
        if (!string.IsNullOrEmpty(filter.Role))
        {
            var roleId = db.Roles.Where(r => r.Name == filter.Role).Select(r => r.Id);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
        }
        var users = await query.OrderBy(u => u.UserName).Take(1000).ToListAsync(cancellationToken);
        return await ViewsAsync(db, users, cancellationToken);
    }

    public async Task<AccountView?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? null : (await ViewsAsync(db, [user], cancellationToken))[0];
    }

    public async Task<AccountOutcome> CreateAsync(ClaimsPrincipal actor, AccountInput input, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var errors = await ValidateAsync(db, input, creating: true, cancellationToken);
        if (errors.Count == 0 && await users.FindByNameAsync(input.UserName!) is not null)
            errors["userName"] = [text["ErrorUserNameTaken"]];
        if (errors.Count > 0)
        {
            await RefusedAsync(actor, "account.create", $"user {input.UserName}", errors, cancellationToken);
            return AccountOutcome.Invalid(errors);
        }
        var office = await OfficeAsync(db, input.OfficeCode, cancellationToken);
        var user = new ApplicationUser
        {
            UserName = input.UserName!.Trim(),
            DisplayName = input.DisplayName!.Trim(),
            Agency = input.Agency!,
            OfficeCode = office?.Code,
            Office = office?.Name,
            MustChangePassword = true,
        };
        var password = OneTimePassword.Create();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            var refused = IdentityErrors(created, "userName");
            await RefusedAsync(actor, "account.create", $"user {user.UserName}", refused, cancellationToken);
            return AccountOutcome.Invalid(refused);
        }
        Check(await users.AddToRoleAsync(user, input.Role!));
        await audit.RecordAsync(actor, "account.create", $"user {user.UserName} role={input.Role} agency={user.Agency} office={user.OfficeCode}", 1, AuditOutcome.Allowed, cancellationToken);
        return new AccountOutcome(await FindAsync(user.Id, cancellationToken), password, NoErrors);
    }

    public async Task<AccountOutcome> UpdateAsync(ClaimsPrincipal actor, string id, AccountInput input, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        if (await users.FindByIdAsync(id) is not { } user)
            return AccountOutcome.Missing;
        var errors = await ValidateAsync(db, input, creating: false, cancellationToken);
        if (errors.Count == 0 && IsSelf(actor, user) && input.Role != Roles.Administrator)
            errors["role"] = [text["ErrorOwnRole"]];
        if (errors.Count > 0)
        {
            await RefusedAsync(actor, "account.update", $"user {user.UserName}", errors, cancellationToken);
            return AccountOutcome.Invalid(errors);
        }
        var office = await OfficeAsync(db, input.OfficeCode, cancellationToken);
        user.DisplayName = input.DisplayName!.Trim();
        user.Agency = input.Agency!;
        user.OfficeCode = office?.Code;
        user.Office = office?.Name;
        Check(await users.UpdateAsync(user));
        var current = await users.GetRolesAsync(user);
        if (current.Count != 1 || current[0] != input.Role)
        {
            Check(await users.RemoveFromRolesAsync(user, current));
            Check(await users.AddToRoleAsync(user, input.Role!));
        }
        Check(await users.UpdateSecurityStampAsync(user));
        await audit.RecordAsync(actor, "account.update", $"user {user.UserName} role={input.Role} agency={user.Agency} office={user.OfficeCode}", 1, AuditOutcome.Allowed, cancellationToken);
        return new AccountOutcome(await FindAsync(user.Id, cancellationToken), null, NoErrors);
    }

    public Task<AccountOutcome> DisableAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, "account.disable", async (users, user) =>
        {
            if (IsSelf(actor, user))
                return Error("id", text["ErrorDisableSelf"]);
            user.IsDisabled = true;
            Check(await users.UpdateAsync(user));
            return null;
        }, cancellationToken);

    public Task<AccountOutcome> EnableAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, "account.enable", async (users, user) =>
        {
            user.IsDisabled = false;
            Check(await users.UpdateAsync(user));
            return null;
        }, cancellationToken);

    public Task<AccountOutcome> UnlockAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, "account.unlock", async (users, user) =>
        {
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            return null;
        }, cancellationToken);

    /// <summary>
    /// For a lost or replaced phone: two-step sign-in off and the old key void, so the next sign-in is by password and
    /// (where the role requires it) leads straight to setting up the new phone.
    /// </summary>
    public Task<AccountOutcome> ResetTwoFactorAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, "account.reset-two-factor", async (users, user) =>
        {
            Check(await users.SetTwoFactorEnabledAsync(user, false));
            Check(await users.ResetAuthenticatorKeyAsync(user));
            return null;
        }, cancellationToken);

    /// <summary>A new one-time password, to be changed at the next sign-in; the old one stops working at once.</summary>
    public async Task<AccountOutcome> ResetPasswordAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default)
    {
        var password = OneTimePassword.Create();
        var outcome = await ChangeAsync(actor, id, "account.reset-password", async (users, user) =>
        {
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
            user.MustChangePassword = true;
            Check(await users.UpdateAsync(user));
            return null;
        }, cancellationToken);
        return outcome.Succeeded ? outcome with { OneTimePassword = password } : outcome;
    }

    /// <summary>The first administrator of a deployment, from the command line: a one-time password, changed at first sign-in.</summary>
    public async Task<AccountOutcome> CreateAdministratorAsync(string userName, CancellationToken cancellationToken = default)
    {
        var actor = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "(create-admin)"), new Claim(DashboardClaims.Agency, DashboardClaims.Immigration)], "command-line"));
        return await CreateAsync(actor, new AccountInput(userName, userName, Roles.Administrator, DashboardClaims.Immigration, null), cancellationToken);
    }

    /// <summary>Notes a successful sign-in, for the list's "last sign-in" column.</summary>
    public async Task RecordSignInAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now), cancellationToken);
    }

    private async Task<AccountOutcome> ChangeAsync(ClaimsPrincipal actor, string id, string action,
        Func<UserManager<ApplicationUser>, ApplicationUser, Task<Dictionary<string, string[]>?>> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(id) is not { } user)
        {
            await audit.RecordAsync(actor, action, $"user id {id} (no such account)", 0, AuditOutcome.Failed, cancellationToken);
            return AccountOutcome.Missing;
        }
        if (await change(users, user) is { } errors)
        {
            await RefusedAsync(actor, action, $"user {user.UserName}", errors, cancellationToken);
            return AccountOutcome.Invalid(errors);
        }
        Check(await users.UpdateSecurityStampAsync(user));
        await audit.RecordAsync(actor, action, $"user {user.UserName}", 1, AuditOutcome.Allowed, cancellationToken);
        return new AccountOutcome(await FindAsync(user.Id, cancellationToken), null, NoErrors);
    }

    /// <summary>A change that was asked for and not made is a line too, naming the fields that stopped it.</summary>
    private Task RefusedAsync(ClaimsPrincipal actor, string action, string resource, IReadOnlyDictionary<string, string[]> errors, CancellationToken cancellationToken) =>
        audit.RecordAsync(actor, action, $"{resource} invalid={string.Join(',', errors.Keys)}", 0, AuditOutcome.Failed, cancellationToken);

    private async Task<Dictionary<string, string[]>> ValidateAsync(IdentityDb db, AccountInput input, bool creating, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (creating && (string.IsNullOrWhiteSpace(input.UserName) || !UserNamePattern().IsMatch(input.UserName.Trim())))
            errors["userName"] = [text["ErrorUserName"]];
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 200)
            errors["displayName"] = [text["ErrorDisplayName"]];
        if (input.Role is null || !Roles.All.Contains(input.Role))
            errors["role"] = [text["ErrorRole", string.Join(", ", Roles.All)]];
        if (input.Agency is null || !Agencies.All.Contains(input.Agency))
            errors["agency"] = [text["ErrorAgency", string.Join(", ", Agencies.All)]];
        if (!string.IsNullOrEmpty(input.OfficeCode))
        {
            if (input.Agency != DashboardClaims.Immigration)
                errors["officeCode"] = [text["ErrorOfficeAgency"]];
            else if (await OfficeAsync(db, input.OfficeCode, cancellationToken) is null)
                errors["officeCode"] = [text["ErrorOfficeUnknown"]];
        }
        return errors;
    }

    private static async Task<Office?> OfficeAsync(IdentityDb db, string? code, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(code) ? null : await db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);

    private static async Task<IReadOnlyList<AccountView>> ViewsAsync(IdentityDb db, IReadOnlyList<ApplicationUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Name, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        return [.. users.Select(u => new AccountView(
            u.Id, u.UserName ?? "", u.DisplayName,
            string.Join(",", roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order()),
            u.Agency, u.OfficeCode, u.OfficeCode is { } c && offices.TryGetValue(c, out var name) ? name : u.Office,
            u.IsDisabled, u.LockoutEnd is { } end && end > now, u.MustChangePassword, u.LastSignInAt, u.TwoFactorEnabled))];
    }

    private static bool IsSelf(ClaimsPrincipal actor, ApplicationUser user) =>
        actor.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id;

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };

    private static Dictionary<string, string[]> IdentityErrors(IdentityResult result, string field) =>
        new() { [field] = [.. result.Errors.Select(e => e.Description)] };

    private static readonly Dictionary<string, string[]> NoErrors = [];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]{2,64}$")]
    private static partial Regex UserNamePattern();
}
