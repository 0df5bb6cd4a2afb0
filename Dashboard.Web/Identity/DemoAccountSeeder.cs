using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Identity;

/// <summary>Creates the roles and, for the demo, one account per role. Safe to run at every start.</summary>
public sealed class DemoAccountSeeder(RoleManager<IdentityRole> roles, UserManager<ApplicationUser> users, ILogger<DemoAccountSeeder> logger)
{
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
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
                continue;
            var user = new ApplicationUser
            {
                UserName = account.UserName,
                Email = $"{account.UserName}@demo.imigrasi.local",
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                Agency = account.Agency,
                Office = account.Office,
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            logger.LogInformation("Created demo account {UserName} ({Role})", account.UserName, account.Role);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
