using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Accounts;

/// <summary>
/// Where a person goes once signed in: back to the page they asked for, otherwise where their role's work is; a
/// one-time password is replaced first.
/// </summary>
public static class SignInLanding
{
    public static async Task<string> ForAsync(UserManager<ApplicationUser> users, ApplicationUser user, string? returnUrl)
    {
        var landing = string.IsNullOrEmpty(returnUrl) ? Landing.For(await users.GetRolesAsync(user)) : LocalReturnUrl.OrHome(returnUrl);
        return user.MustChangePassword
            ? $"{IdentityRegistration.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(landing)}"
            : landing;
    }
}
