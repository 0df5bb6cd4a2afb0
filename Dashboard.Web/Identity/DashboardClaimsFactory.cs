using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Identity;

/// <summary>Puts the agency and display name into the sign-in cookie, so access checks need no database trip.</summary>
public sealed class DashboardClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DashboardClaims.Agency, user.Agency));
        identity.AddClaim(new Claim(DashboardClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
