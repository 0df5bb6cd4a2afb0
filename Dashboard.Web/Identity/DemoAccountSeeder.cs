using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Identity;

/// <summary>
/// Creates the roles and, for the demo, one account per role. Safe to run at every start. The demo accounts exist only
/// while the seed is on: a start with it off disables them, a start with it on enables them again.
/// </summary>
public sealed class DemoAccountSeeder(RoleManager<IdentityRole> roles, UserManager<ApplicationUser> users, IdentityDb db, ILogger<DemoAccountSeeder> logger)
{
    /// <summary>The e-mail domain that marks an account as the demo's (a real account named "admin" is not one).</summary>
    public const string DemoEmailDomain = "@demo.imigrasi.local";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
        }
    }

    public async Task EnsureDemoAccountsAsync()
    {
        // The demo office first, unless an administrator has made one with its code (theirs is kept as it is).
        if (!await db.Offices.AnyAsync(o => o.Code == DemoAccounts.EntikongOffice))
        {
            db.Offices.Add(DemoAccounts.EntikongOfficeRecord());
            await db.SaveChangesAsync();
        }
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is { } existing)
            {
                if (IsDemo(existing) && existing.OfficeCode is null && account.OfficeCode is not null)
                {
                    existing.OfficeCode = account.OfficeCode;
                    Check(await users.UpdateAsync(existing), account.UserName);
                }
                if (existing.IsDisabled && IsDemo(existing))
                {
                    existing.IsDisabled = false;
                    Check(await users.UpdateAsync(existing), account.UserName);
                    logger.LogInformation("Enabled demo account {UserName} again", account.UserName);
                }
                continue;
            }
            var user = new ApplicationUser
            {
                UserName = account.UserName,
                Email = account.UserName + DemoEmailDomain,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                Agency = account.Agency,
                Office = account.Office,
                OfficeCode = account.OfficeCode,
            };
            // The demo's shared, published password is shorter than the policy allows: it is set as a hash, past the
            // validators, and the accounts live only while the demo seed is on.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, DemoAccounts.Password);
            Check(await users.CreateAsync(user), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            logger.LogInformation("Created demo account {UserName} ({Role})", account.UserName, account.Role);
        }
    }

    /// <summary>With the demo seed off, no demo account may sign in: they are disabled and their sessions end.</summary>
    public async Task DisableDemoAccountsAsync()
    {
        var disabled = await db.Users
            .Where(u => !u.IsDisabled && u.Email != null && u.Email.EndsWith(DemoEmailDomain))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true).SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")));
        if (disabled > 0)
            logger.LogWarning("Demo:Seed is off: disabled {Count} demo accounts", disabled);
    }

    private static bool IsDemo(ApplicationUser user) => user.Email?.EndsWith(DemoEmailDomain, StringComparison.Ordinal) == true;

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
