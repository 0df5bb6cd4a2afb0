using System.Security.Claims;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Web.Accounts;
using Dashboard.Web.Alerts;
using Dashboard.Web.Api;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Reports;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace Dashboard.Web.Screening;

/// <summary>
/// Repatriations of victims from abroad: recording (idempotent by the client's id), the hand-over at home, and the
/// notice to the office that issued the passport. Every read is audited with its row count before it is returned; a
/// record outside the reader's scope is answered as not found. The notice is also raised as an alert in the issuing
/// office's live feed, once per repatriation.
/// </summary>
public sealed class RepatriationDesk(IDbContextFactory<ScreeningDb> contexts, IDbContextFactory<GeoDbContext> geo,
    OfficeDirectory offices, IssuingOfficeAlerts alerts, AccessLog audit, TimeProvider clock, IStringLocalizer<ScreeningStrings> text)
{
    public const string RecordAction = "repatriation.record";
    public const string ListAction = "repatriations.list";
    public const string ReadAction = "repatriation.read";
    public const string HandOverAction = "repatriation.handover";
    public const string AcknowledgeAction = "repatriation.notice.acknowledge";
    public const int MaxPage = 500;

    /// <summary>Returns are announced ahead by the mission; more than three months ahead is a typing error.</summary>
    private static readonly TimeSpan AnnouncedAhead = TimeSpan.FromDays(92);

    private static readonly TimeSpan FutureSlack = TimeSpan.FromMinutes(10);

    public async Task<DeskOutcome<RepatriationView>> RecordAsync(ClaimsPrincipal user, RepatriationInput input, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (input.Id is not { } id || id == Guid.Empty)
            errors["id"] = [text["ErrorId"]];
        if (input.AgeGroup is not { } age || !Enum.IsDefined(age))
            errors["ageGroup"] = [text["ErrorAgeGroup"]];
        if (input.Sex is not { } sex || !Enum.IsDefined(sex))
            errors["sex"] = [text["ErrorSex"]];
        var groupSize = input.GroupSize ?? 1;
        if (groupSize is < 1 or > Repatriation.MaxGroupSize)
            errors["groupSize"] = [text["ErrorRepatriationGroup", Repatriation.MaxGroupSize]];
        if (!DestinationCountries.TryResolve(input.FromCountry, out var country) || country is null || country == "ID")
            errors["fromCountry"] = [text["ErrorFromCountry"]];
        var mission = input.Mission?.Trim() ?? "";
        if (mission.Length is 0 or > Repatriation.MaxMission || SafeText.FirstControl(mission) is not null)
            errors["mission"] = [text["ErrorMission", Repatriation.MaxMission]];
        var arrivalAt = (input.ArrivalAt ?? now).ToUniversalTime();
        // PostgreSQL keeps microseconds: a resend compares equal only at that precision.
        arrivalAt = arrivalAt.AddTicks(-(arrivalAt.Ticks % 10));
        if (arrivalAt > now + AnnouncedAhead || arrivalAt < now.AddYears(-5))
            errors["arrivalAt"] = [text["ErrorArrivalAt"]];
        var crossing = await FindCrossingAsync(input.ArrivalCrossing, ct);
        if (crossing is null)
            errors["arrivalCrossing"] = [text["ErrorCrossing"]];
        var issuing = input.IssuingOffice?.Trim().ToUpperInvariant();
        Office? issuingOffice = null;
        if (!string.IsNullOrEmpty(issuing))
        {
            issuingOffice = (await offices.ListAsync(ct)).FirstOrDefault(o => o.Code == issuing);
            if (issuingOffice is null)
                errors["issuingOffice"] = [text["ErrorIssuingOffice"]];
        }
        if (errors.Count > 0)
            return DeskOutcome<RepatriationView>.Invalid(errors);

        var record = new Repatriation
        {
            Id = input.Id!.Value,
            OfficeCode = user.OfficeCode(),
            AgeGroup = input.AgeGroup!.Value,
            Sex = input.Sex!.Value,
            GroupSize = groupSize,
            FromCountry = country!,
            Mission = mission,
            TemporaryTravelDocument = input.TemporaryTravelDocument ?? false,
            ArrivalCrossingId = crossing!.Value.Id,
            ArrivalCrossingCode = crossing.Value.Code,
            ArrivalAt = arrivalAt,
            IssuingOfficeCode = issuingOffice?.Code,
            RecordedBy = user.Identity?.Name ?? Acting.Unknown,
            RecordedByName = user.ActorName(),
            RecordedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Repatriations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == record.Id, ct) is { } stored)
            return await SecondSendAsync(stored, record, crossing.Value.Name, issuingOffice?.Name, now, ct);
        db.Repatriations.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await using var again = await contexts.CreateDbContextAsync(ct);
            return await SecondSendAsync(await again.Repatriations.AsNoTracking().FirstAsync(r => r.Id == record.Id, ct), record, crossing.Value.Name,
                issuingOffice?.Name, now, ct);
        }
        await audit.RecordAsync(user, RecordAction, $"repatriation {record.Id} from={record.FromCountry} crossing={record.ArrivalCrossingCode} issuing={record.IssuingOfficeCode ?? "-"}", ct);
        await NoticeAlertAsync(record, crossing.Value.Name, ct);
        return DeskOutcome<RepatriationView>.Done(RepatriationView.Of(record, crossing.Value.Name, issuingOffice?.Name, now), created: true);
    }

    public async Task<IReadOnlyList<RepatriationView>> ListAsync(ClaimsPrincipal user, string resource, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Repatriations.AsNoTracking().Visible(user).Include(r => r.HandOverService)
            .OrderByDescending(r => r.ArrivalAt).ThenBy(r => r.Id).Take(MaxPage).ToListAsync(ct);
        await audit.RecordAsync(user, ListAction, resource, rows.Count, AuditOutcome.Allowed, ct);
        return await ViewsAsync(rows, ct);
    }

    public async Task<RepatriationView?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Repatriations.AsNoTracking().Visible(user).Include(r => r.HandOverService).FirstOrDefaultAsync(r => r.Id == id, ct);
        await audit.RecordAsync(user, ReadAction, $"repatriation {id}", found is null ? 0 : 1, AuditOutcome.Allowed, ct);
        return found is null ? null : (await ViewsAsync([found], ct))[0];
    }

    /// <summary>Records who took the person in; the same hand-over sent again is the same, a different one a conflict.</summary>
    public async Task<DeskOutcome<RepatriationView>> HandOverAsync(ClaimsPrincipal user, Guid id, HandOverInput input, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Repatriations.Visible(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
            return DeskOutcome<RepatriationView>.Refused(404, "id", text["ErrorRepatriation"]);
        if (!user.Holds(record))
            return DeskOutcome<RepatriationView>.Refused(403, "id", text["ErrorNotHoldingOffice"]);
        var errors = new Dictionary<string, string[]>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors["kind"] = [text["ErrorHandOverKind"]];
        VictimService? service = null;
        if (input.Kind == HandOverKind.Service)
        {
            service = input.ServiceId is { } sid ? await db.Services.FirstOrDefaultAsync(s => s.Id == sid && s.RetiredAt == null, ct) : null;
            if (service is null)
                errors["serviceId"] = [text["ErrorService"]];
        }
        var at = (input.At ?? now).ToUniversalTime();
        if (at > now + FutureSlack || at < record.ArrivalAt)
            errors["at"] = [text["ErrorHandOverAt"]];
        var note = input.Note?.Trim();
        if (note is { Length: > Repatriation.MaxNote } || (note is not null && SafeText.FirstControl(note) is not null))
            errors["note"] = [text["ErrorNote", Repatriation.MaxNote]];
        if (errors.Count > 0)
            return DeskOutcome<RepatriationView>.Invalid(errors);

        if (record.HandedOverAt is not null)
        {
            if (record.HandOverKind != input.Kind || record.HandOverServiceId != service?.Id)
                return DeskOutcome<RepatriationView>.Refused(409, "kind", text["ErrorAlreadyHandedOver"]);
            return DeskOutcome<RepatriationView>.Done((await FindAsync(user, id, ct))!, created: false);
        }
        record.HandOverKind = input.Kind;
        record.HandOverServiceId = service?.Id;
        record.HandedOverAt = at;
        record.HandedOverBy = user.ActorName();
        record.HandOverNote = string.IsNullOrEmpty(note) ? null : note;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, HandOverAction, $"repatriation {id} kind={record.HandOverKind} service={record.HandOverServiceId?.ToString() ?? "-"}", ct);
        return DeskOutcome<RepatriationView>.Done((await FindAsync(user, id, ct))!, created: false);
    }

    /// <summary>The issuing office says it has seen the notice (and will look at how the passport was obtained).</summary>
    public async Task<DeskOutcome<RepatriationView>> AcknowledgeAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Repatriations.Visible(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
            return DeskOutcome<RepatriationView>.Refused(404, "id", text["ErrorRepatriation"]);
        if (!user.IsNotified(record))
            return DeskOutcome<RepatriationView>.Refused(403, "id", text["ErrorNotIssuingOffice"]);
        if (record.NoticeAcknowledgedAt is null)
        {
            record.NoticeAcknowledgedAt = clock.GetUtcNow();
            record.NoticeAcknowledgedBy = user.ActorName();
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(user, AcknowledgeAction, $"repatriation {id} office={record.IssuingOfficeCode}", ct);
        }
        return DeskOutcome<RepatriationView>.Done((await FindAsync(user, id, ct))!, created: false);
    }

    /// <summary>The notice's alert (the office and the arrival point only); raised once, whatever became of it since.</summary>
    private Task NoticeAlertAsync(Repatriation record, string crossingName, CancellationToken ct) =>
        record.IssuingOfficeCode is { } office
            ? alerts.RaiseAsync([new IssuingOfficeNotice(IssuingOfficeNotice.RepatriationKey(record.Id), office, crossingName,
                new AlertEvidence { Kind = AlertEvidence.Crossing, Id = record.ArrivalCrossingId })], ct)
            : Task.CompletedTask;

    private async Task<DeskOutcome<RepatriationView>> SecondSendAsync(Repatriation stored, Repatriation sent, string crossingName, string? officeName,
        DateTimeOffset now, CancellationToken ct)
    {
        var same = stored.RecordedBy == sent.RecordedBy && stored.AgeGroup == sent.AgeGroup && stored.Sex == sent.Sex
            && stored.GroupSize == sent.GroupSize && stored.FromCountry == sent.FromCountry && stored.Mission == sent.Mission
            && stored.TemporaryTravelDocument == sent.TemporaryTravelDocument && stored.ArrivalCrossingId == sent.ArrivalCrossingId
            && stored.ArrivalAt == sent.ArrivalAt && stored.IssuingOfficeCode == sent.IssuingOfficeCode;
        if (!same)
            return DeskOutcome<RepatriationView>.Refused(409, "id", text["ErrorIdConflict"]);
        // A resend after a dropped answer: the alert may not have been raised the first time.
        await NoticeAlertAsync(stored, crossingName, ct);
        return DeskOutcome<RepatriationView>.Done(RepatriationView.Of(stored, crossingName, officeName, now), created: false);
    }

    private async Task<IReadOnlyList<RepatriationView>> ViewsAsync(IReadOnlyList<Repatriation> rows, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var wanted = rows.Select(r => r.ArrivalCrossingId).Distinct().ToList();
        await using var db = await geo.CreateDbContextAsync(ct);
        var crossings = await db.BorderCrossings.AsNoTracking().Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var officeNames = (await offices.ListAsync(ct)).ToDictionary(o => o.Code, o => o.Name);
        return [.. rows.Select(r => RepatriationView.Of(r, crossings.GetValueOrDefault(r.ArrivalCrossingId, r.ArrivalCrossingCode),
            r.IssuingOfficeCode is { } code ? officeNames.GetValueOrDefault(code, code) : null, now))];
    }

    private async Task<(int Id, string Code, string Name)?> FindCrossingAsync(string? code, CancellationToken ct)
    {
        var wanted = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(wanted) || wanted.Length > 64)
            return null;
        await using var db = await geo.CreateDbContextAsync(ct);
        var found = await db.BorderCrossings.AsNoTracking().Where(c => c.Code == wanted && c.RetiredAt == null)
            .Select(c => new { c.Id, c.Code, c.Name }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Id, found.Code, found.Name);
    }
}
