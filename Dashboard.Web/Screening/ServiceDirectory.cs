using System.Security.Claims;
using System.Text.RegularExpressions;
using Dashboard.Geo.Screening;
using Dashboard.Web.Accounts;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Screening;

/// <summary>
/// The directory of services victims are referred to, kept by administrators. A service is retired, never deleted: its
/// referrals keep pointing at it.
/// </summary>
public sealed partial class ServiceDirectory(IDbContextFactory<ScreeningDb> contexts, AccessLog audit, TimeProvider clock, IStringLocalizer<ScreeningStrings> text)
{
    public const int MaxCapacity = 100_000;

    public async Task<IReadOnlyList<ServiceView>> ListAsync(bool includeRetired, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Services.AsNoTracking();
        if (!includeRetired)
            query = query.Where(s => s.RetiredAt == null);
        var list = await query.OrderBy(s => s.RegionCode).ThenBy(s => s.Name).ToListAsync(ct);
        return [.. list.Select(ServiceView.Of)];
    }

    public async Task<DeskOutcome<ServiceView>> SaveAsync(ClaimsPrincipal user, int? id, ServiceInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200 || SafeText.FirstControl(name) is not null)
            errors["name"] = [text["ErrorName"]];
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors["kind"] = [text["ErrorKind"]];
        var region = input.RegionCode?.Trim() ?? "";
        if (!RegionCode().IsMatch(region))
            errors["regionCode"] = [text["ErrorRegion"]];
        var contact = input.Contact?.Trim() ?? "";
        if (contact.Length is 0 or > 300 || SafeText.FirstControl(contact) is not null)
            errors["contact"] = [text["ErrorContact"]];
        bool adults = input.TakesAdults == true, minors = input.TakesMinors == true, women = input.TakesWomen == true, men = input.TakesMen == true;
        if (!(adults || minors) || !(women || men))
            errors["takes"] = [text["ErrorTakes"]];
        if (input.Capacity is < 0 or > MaxCapacity)
            errors["capacity"] = [text["ErrorCapacity"]];
        var agency = input.Agency?.Trim();
        if (agency is null || !Agencies.All.Contains(agency))
            errors["agency"] = [text["ErrorServiceAgency", string.Join(", ", Agencies.All)]];
        if (errors.Count > 0)
            return DeskOutcome<ServiceView>.Invalid(errors);

        await using var db = await contexts.CreateDbContextAsync(ct);
        VictimService? service;
        if (id is { } existing)
        {
            service = await db.Services.FirstOrDefaultAsync(s => s.Id == existing, ct);
            if (service is null)
                return DeskOutcome<ServiceView>.Refused(404, "id", text["ErrorService"]);
        }
        else
        {
            // The same service entered twice (a double tap) is one service.
            service = await db.Services.FirstOrDefaultAsync(s => s.Name == name && s.RegionCode == region && s.RetiredAt == null, ct);
            if (service is null)
                db.Services.Add(service = new VictimService { Name = name, RegionCode = region, Contact = contact, Agency = agency!, ChangedBy = "" });
        }
        service.Name = name;
        service.Kind = input.Kind!.Value;
        service.RegionCode = region;
        service.Contact = contact;
        (service.TakesAdults, service.TakesMinors, service.TakesWomen, service.TakesMen) = (adults, minors, women, men);
        service.Capacity = input.Capacity;
        service.Agency = agency!;
        service.ChangedBy = user.ActorName();
        service.ChangedAt = clock.GetUtcNow();
        var created = service.Id == 0;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "services.save", $"service {service.Id} {service.Kind} agency={service.Agency}", ct);
        return DeskOutcome<ServiceView>.Done(ServiceView.Of(service), created);
    }

    public async Task<bool> RetireAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var retired = await db.Services.Where(s => s.Id == id && s.RetiredAt == null).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.RetiredAt, clock.GetUtcNow()).SetProperty(s => s.ChangedBy, user.ActorName()), ct);
        if (retired > 0)
            await audit.RecordAsync(user, "services.retire", $"service {id}", ct);
        return retired > 0;
    }

    [GeneratedRegex(@"^\d{2}(\.\d{2})?$")]
    private static partial Regex RegionCode();
}
