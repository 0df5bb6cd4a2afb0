using System.Security.Claims;
using Dashboard.Geo.Screening;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Screening;

/// <summary>
/// Protection records of potential victims and their referrals to services. Every read of a record is audited before
/// it is returned; a record outside the reader's office is answered as not found, since its existence is itself
/// person-level data.
/// </summary>
public sealed class ProtectionDesk(IDbContextFactory<ScreeningDb> contexts, ScreeningDesk screenings, AccessLog audit,
    TimeProvider clock, IStringLocalizer<ScreeningStrings> text)
{
    public const string OpenAction = "protection.open";
    public const string ReadAction = "protection.read";
    public const string ReferAction = "referral.create";
    public const int MaxReason = 1000;

    public async Task<DeskOutcome<ProtectionView>> OpenAsync(ClaimsPrincipal user, ProtectionInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Id is not { } id || id == Guid.Empty)
            errors["id"] = [text["ErrorId"]];
        if (input.NoAdministrativeAction != true)
            errors["noAdministrativeAction"] = [text["ErrorNoAdministrativeAction"]];
        if (input.Consent is not { } consent || !Enum.IsDefined(consent))
            errors["consent"] = [text["ErrorConsent"]];
        var indicators = input.Indicators ?? [];
        if (indicators.Any(i => !Enum.IsDefined(i)))
            errors["indicators"] = [text["ErrorList"]];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var screening = input.ScreeningId is { } sid
            ? await db.Screenings.AsNoTracking().Visible(user).FirstOrDefaultAsync(s => s.Id == sid, ct)
            : null;
        if (screening is null)
            errors["screeningId"] = [text["ErrorScreening"]];
        else if (screening.Disposition != ScreeningDisposition.PotentialVictim)
            errors["screeningId"] = [text["ErrorNotPotentialVictim"]];
        if (errors.Count > 0)
            return DeskOutcome<ProtectionView>.Invalid(errors);

        // One record per screened person: opening it again (a resend, a second tap) shows the first.
        if (await db.ProtectionRecords.AsNoTracking().FirstOrDefaultAsync(p => p.ScreeningId == screening!.Id || p.Id == input.Id, ct) is { } existing)
        {
            if (existing.ScreeningId != screening!.Id)
                return DeskOutcome<ProtectionView>.Refused(409, "id", text["ErrorIdConflict"]);
            return await FindAsync(user, existing.Id, ct) is { } view
                ? DeskOutcome<ProtectionView>.Done(view, created: false)
                : DeskOutcome<ProtectionView>.Refused(404, "screeningId", text["ErrorScreening"]);
        }
        var record = new ProtectionRecord
        {
            Id = input.Id!.Value,
            ScreeningId = screening!.Id,
            OfficeCode = screening.OfficeCode,
            Indicators = [.. indicators.Distinct().Order()],
            NoAdministrativeAction = true,
            Consent = input.Consent!.Value,
            OpenedBy = user.Identity?.Name ?? Acting.Unknown,
            OpenedByName = user.ActorName(),
            OpenedAt = clock.GetUtcNow(),
        };
        db.ProtectionRecords.Add(record);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, OpenAction, $"protection {record.Id} screening={screening.Id} consent={record.Consent}", ct);
        return DeskOutcome<ProtectionView>.Done((await FindAsync(user, record.Id, ct))!, created: true);
    }

    public async Task<ProtectionView?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.ProtectionRecords.AsNoTracking().Visible(user)
            .Include(p => p.Screening)
            .Include(p => p.Referrals).ThenInclude(r => r.Service)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        await audit.RecordAsync(user, ReadAction, $"protection {id}", record is null ? 0 : 1, AuditOutcome.Allowed, ct);
        if (record is null)
            return null;
        foreach (var referral in record.Referrals)
            referral.ProtectionRecord = record;
        var names = await screenings.CrossingNamesAsync([record.Screening!.CrossingId], ct);
        return ProtectionView.Of(record, names.GetValueOrDefault(record.Screening.CrossingId, record.Screening.CrossingCode));
    }

    /// <summary>Refers the record to a service; the same referral id sent again is the same referral.</summary>
    public async Task<DeskOutcome<ReferralView>> ReferAsync(ClaimsPrincipal user, Guid protectionId, ReferralInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Id is not { } id || id == Guid.Empty)
            errors["id"] = [text["ErrorId"]];
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > MaxReason || SafeText.FirstControl(reason) is not null)
            errors["reason"] = [text["ErrorReason"]];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.ProtectionRecords.AsNoTracking().Visible(user).Include(p => p.Screening)
            .FirstOrDefaultAsync(p => p.Id == protectionId, ct);
        if (record is null)
            return DeskOutcome<ReferralView>.Refused(404, "protectionId", text["ErrorProtection"]);
        var service = input.ServiceId is { } sid ? await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid && s.RetiredAt == null, ct) : null;
        if (service is null)
            errors["serviceId"] = [text["ErrorService"]];
        if (errors.Count > 0)
            return DeskOutcome<ReferralView>.Invalid(errors);

        if (await db.Referrals.AsNoTracking().Include(r => r.Service).FirstOrDefaultAsync(r => r.Id == input.Id, ct) is { } sent)
        {
            if (sent.ProtectionRecordId != protectionId || sent.ServiceId != service!.Id || sent.Reason != reason)
                return DeskOutcome<ReferralView>.Refused(409, "id", text["ErrorIdConflict"]);
            sent.ProtectionRecord = record;
            return DeskOutcome<ReferralView>.Done(ReferralView.Of(sent), created: false);
        }
        var referral = new Referral
        {
            Id = input.Id!.Value,
            ProtectionRecordId = protectionId,
            ServiceId = service!.Id,
            Reason = reason,
            ReferredBy = user.Identity?.Name ?? Acting.Unknown,
            ReferredByName = user.ActorName(),
            ReferredAt = clock.GetUtcNow(),
            Status = ReferralStatus.Pending,
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, ReferAction, $"referral {referral.Id} protection={protectionId} service={service.Id}", ct);
        referral.Service = service;
        referral.ProtectionRecord = record;
        return DeskOutcome<ReferralView>.Done(ReferralView.Of(referral), created: true);
    }
}
