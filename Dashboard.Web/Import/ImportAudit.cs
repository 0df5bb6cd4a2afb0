using System.Security.Claims;
using Dashboard.Web.Audit;

namespace Dashboard.Web.Import;

/// <summary>One audit line per import or dry run: who, which file size in rows, how many refused and how many records it wrote.</summary>
public static class ImportAudit
{
    public static async Task<MasterImportResult> RecordedAsync(this Task<MasterImportResult> import, AccessLog log, ClaimsPrincipal user, string action,
        CancellationToken ct)
    {
        var result = await import;
        await log.RecordAsync(user, action, $"import dryRun={result.DryRun.ToString().ToLowerInvariant()} rows={result.Rows} refused={result.Refused}",
            result.Created + result.Updated, AuditOutcome.Allowed, ct);
        return result;
    }
}
