using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Audit;

/// <summary>
/// The administrators' view of the audit log: filtered pages and the CSV export. Both are themselves audit lines
/// ("audit.read", "export.audit.csv"), written before the lines are returned.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<AuditDb> contexts, AccessLog log)
{
    /// <summary>The most lines one export carries; a longer period is exported in parts.</summary>
    public const int MaxExport = 100_000;

    public async Task<AuditResults> PageAsync(ClaimsPrincipal user, AuditFilter filter, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, AuditFilter.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lines = filter.Apply(db.AccessEvents.AsNoTracking());
        var total = await lines.CountAsync(ct);
        var items = await lines.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        await log.RecordAsync(user, "audit.read", $"{filter.Describe()} page={page}", items.Count, AuditOutcome.Allowed, ct);
        return new AuditResults(total, page, pageSize, items);
    }

    public async Task<string> CsvAsync(ClaimsPrincipal user, AuditFilter filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lines = await filter.Apply(db.AccessEvents.AsNoTracking()).OrderBy(e => e.Id).Take(MaxExport).ToListAsync(ct);
        await log.RecordAsync(user, "export.audit.csv", filter.Describe(), lines.Count, AuditOutcome.Allowed, ct);
        var csv = new StringBuilder("id,at,user,agency,office,client_address,action,resource,rows,outcome,previous_hash,hash\r\n");
        foreach (var e in lines)
        {
            csv.AppendJoin(',', [
                e.Id.ToString(CultureInfo.InvariantCulture), e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
                Field(e.UserName), Field(e.Agency), Field(e.Office), Field(e.ClientAddress), Field(e.Action), Field(e.Resource),
                e.Rows?.ToString(CultureInfo.InvariantCulture) ?? "", e.Outcome, e.PreviousHash ?? "", e.Hash ?? ""]);
            csv.Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting, and a leading =, +, - or @ neutralised so a spreadsheet never runs a cell as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
