using System.Security.Claims;
using System.Text.RegularExpressions;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Accounts;

/// <summary>The immigration offices and their working areas, kept by administrators; each change is audited.</summary>
public sealed partial class OfficeDirectory(IServiceScopeFactory scopes, AccessLog audit, IStringLocalizer<AccountStrings> text)
{
    public async Task<IReadOnlyList<Office>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        return await db.Offices.AsNoTracking().OrderBy(o => o.Code).ToListAsync(cancellationToken);
    }

    /// <summary>Creates the office or replaces its name, kind and working area; answers the problems by field.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> SaveAsync(ClaimsPrincipal actor, OfficeInput input, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Code) || !CodePattern().IsMatch(input.Code.Trim()))
            errors["code"] = [text["ErrorOfficeCode"]];
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
            errors["name"] = [text["ErrorOfficeName"]];
        if (!Enum.TryParse<OfficeKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            errors["kind"] = [text["ErrorOfficeKind"]];
        var regencies = (input.RegencyCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().Order().ToList();
        var bad = regencies.FirstOrDefault(c => !RegencyPattern().IsMatch(c));
        if (bad is not null)
            errors["regencyCodes"] = [text["ErrorRegencyCode", bad]];
        if (errors.Count > 0)
            return errors;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var code = input.Code!.Trim();
        var office = await db.Offices.FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
        if (office is null)
            db.Offices.Add(office = new Office { Code = code, Name = "" });
        office.Name = input.Name!.Trim();
        office.Kind = kind;
        office.RegencyCodes = regencies;
        await db.SaveChangesAsync(cancellationToken);
        // Members carry the office's name and area in their cookie; renewing their stamps makes them sign in afresh.
        await db.Users.Where(u => u.OfficeCode == code)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Office, office.Name).SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")), cancellationToken);
        await audit.RecordAsync(actor, "office.save", $"office {code} kind={kind} regencies={string.Join(' ', regencies)}", cancellationToken);
        return errors;
    }

    /// <summary>Removes an office no account belongs to; false when it does not exist or is still in use.</summary>
    public async Task<bool> DeleteAsync(ClaimsPrincipal actor, string code, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        if (await db.Users.AnyAsync(u => u.OfficeCode == code, cancellationToken))
            return false;
        var removed = await db.Offices.Where(o => o.Code == code).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
            await audit.RecordAsync(actor, "office.delete", $"office {code}", cancellationToken);
        return removed > 0;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{2,32}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\d{2}\.\d{2}$")]
    private static partial Regex RegencyPattern();
}
