using System.Security.Claims;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Accounts;

/// <summary>
/// Checks an open page's sign-in against the account every <see cref="AccountOptions.RevalidationInterval"/>: a
/// disabled account, a changed role or a reset password (each changes the security stamp) signs the page out, and
/// the router sends it to the sign-in form.
/// </summary>
public sealed class AccountRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IOptions<AccountOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await IsCurrentAsync(users, state.User, identity.Value.ClaimsIdentity.SecurityStampClaimType);
    }

    internal static async Task<bool> IsCurrentAsync(UserManager<ApplicationUser> users, ClaimsPrincipal principal, string stampClaim)
    {
        if (await users.GetUserAsync(principal) is not { IsDisabled: false } user)
            return false;
        if (!users.SupportsUserSecurityStamp)
            return true;
        return principal.FindFirstValue(stampClaim) == await users.GetSecurityStampAsync(user);
    }
}
