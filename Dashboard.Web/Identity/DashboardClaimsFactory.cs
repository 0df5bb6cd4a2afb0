using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Identity;

/// <summary>
/// Puts the agency, display name, office and its working area into the sign-in cookie, so access checks need no
/// database trip; and the pending password change, which closes every page but the change-password form.
/// </summary>
public sealed class DashboardClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, IdentityDb db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DashboardClaims.Agency, user.Agency));
        identity.AddClaim(new Claim(DashboardClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(DashboardClaims.MustChangePassword, "true"));
        if (user.TwoFactorEnabled)
            identity.AddClaim(new Claim(DashboardClaims.TwoFactor, "true"));
        if (user.OfficeCode is { } code && await db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code) is { } office)
        {
            identity.AddClaim(new Claim(DashboardClaims.Office, office.Code));
            identity.AddClaim(new Claim(DashboardClaims.OfficeRegencies, string.Join(',', office.RegencyCodes)));
        }
        return identity;
    }
}
