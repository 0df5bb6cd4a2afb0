using System.Security.Claims;
using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Audit;

/// <summary>Records who saw what. Written before the data is returned, so no read goes unrecorded.</summary>
public sealed class AccessLog(IDbContextFactory<AuditDb> contexts, TimeProvider clock)
{
    public async Task RecordAsync(ClaimsPrincipal user, string action, string resource, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AccessEvents.Add(new AccessEvent
        {
            At = clock.GetUtcNow(),
            UserName = user.Identity?.Name ?? "(anonymous)",
            Agency = user.FindFirstValue(DashboardClaims.Agency) ?? "",
            Action = action,
            Resource = resource.Length > 512 ? resource[..512] : resource,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
