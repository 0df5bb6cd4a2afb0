using System.Security.Claims;
using Dashboard.Geo.Screening;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Dashboard.Web.Reports;
using Dashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Screening;

/// <summary>
/// Passport-office interviews and the repeat-applicant rule: an applicant refused at one office who reappears at
/// another within a year raises an alert to both. Matched on the keyed hash of the identity number only.
/// </summary>
public sealed class InterviewDesk(IDbContextFactory<ScreeningDb> contexts, IdentityKeyedHash hash, AccessLog audit, TimeProvider clock,
    IStringLocalizer<ScreeningStrings> text, RepeatApplicantAlerts alerts)
{
    public const string RecordAction = "interviews.record";
    public const string AlertsAction = "interviews.alerts";

    public async Task<DeskOutcome<InterviewView>> RecordAsync(ClaimsPrincipal user, InterviewInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Id is not { } id || id == Guid.Empty)
            errors["id"] = [text["ErrorId"]];
        var office = user.OfficeCode();
        if (office is null)
            errors["office"] = [text["ErrorInterviewOffice"]];
        var normalised = IdentityKeyedHash.Normalise(input.IdentityNumber ?? "");
        if (normalised.Length is < 6 or > 32)
            errors["identityNumber"] = [text["ErrorIdentityNumber"]];
        if (input.AgeGroup is not { } age || !Enum.IsDefined(age))
            errors["ageGroup"] = [text["ErrorAgeGroup"]];
        if (input.Sex is not { } sex || !Enum.IsDefined(sex))
            errors["sex"] = [text["ErrorSex"]];
        if (input.Modus is { } modus && !Enum.IsDefined(modus))
            errors["modus"] = [text["ErrorModus"]];
        string? country = null;
        if (!string.IsNullOrWhiteSpace(input.DestinationCountry) && (!DestinationCountries.TryResolve(input.DestinationCountry, out country) || country is null))
            errors["destinationCountry"] = [text["ErrorCountry"]];
        var indicators = input.Indicators ?? [];
        if (indicators.Any(i => !Enum.IsDefined(i)))
            errors["indicators"] = [text["ErrorList"]];
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
            errors["outcome"] = [text["ErrorOutcome"]];
        if (errors.Count > 0)
            return DeskOutcome<InterviewView>.Invalid(errors);

        var interview = new PassportInterview
        {
            Id = input.Id!.Value, OfficeCode = office!, IdentityHash = hash.Of(normalised), AgeGroup = input.AgeGroup!.Value,
            Sex = input.Sex!.Value, Modus = input.Modus, DestinationCountry = country, Indicators = [.. indicators.Distinct().Order()],
            Outcome = input.Outcome!.Value, InterviewedAt = clock.GetUtcNow(), RecordedBy = user.Identity?.Name ?? Acting.Unknown,
            RecordedByName = user.ActorName(),
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Interviews.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interview.Id, ct) is { } stored)
        {
            if (stored.IdentityHash != interview.IdentityHash || stored.Outcome != interview.Outcome || stored.OfficeCode != interview.OfficeCode)
                return DeskOutcome<InterviewView>.Refused(409, "id", text["ErrorIdConflict"]);
            var known = await db.RepeatApplicantAlerts.AsNoTracking().Where(a => a.LaterInterviewId == stored.Id).ToListAsync(ct);
            // A resend after a dropped answer: the alerts may not have been raised the first time; raising is idempotent while open.
            await alerts.RaiseAsync(known, ct);
            return DeskOutcome<InterviewView>.Done(InterviewView.Of(stored, known.Count), created: false);
        }
        db.Interviews.Add(interview);
        var since = interview.InterviewedAt - RepeatApplicantAlert.Window;
        var refusals = await db.Interviews.AsNoTracking()
            .Where(i => i.IdentityHash == interview.IdentityHash && i.Outcome == InterviewOutcome.Refused
                && i.OfficeCode != interview.OfficeCode && i.InterviewedAt >= since)
            .ToListAsync(ct);
        var pairs = refusals.Select(refused => new RepeatApplicantAlert
        {
            RefusedInterviewId = refused.Id, LaterInterviewId = interview.Id, RefusingOffice = refused.OfficeCode,
            LaterOffice = interview.OfficeCode, RefusedAt = refused.InterviewedAt, RaisedAt = interview.InterviewedAt,
        }).ToList();
        db.RepeatApplicantAlerts.AddRange(pairs);
        await db.SaveChangesAsync(ct);
        await alerts.RaiseAsync(pairs, ct);
        // The audit line names the interview and its outcome, never the number or its hash.
        await audit.RecordAsync(user, RecordAction, $"interview {interview.Id} outcome={interview.Outcome} repeat-alerts={refusals.Count}", ct);
        return DeskOutcome<InterviewView>.Done(InterviewView.Of(interview, refusals.Count), created: true);
    }

    /// <summary>The repeat-applicant alerts of the reader's office, on either side; headquarters sees them all.</summary>
    public async Task<IReadOnlyList<RepeatApplicantAlertView>> AlertsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.RepeatApplicantAlerts.AsNoTracking();
        if (!user.IsHeadquarters())
        {
            var office = user.OfficeCode() ?? "";
            query = query.Where(a => a.RefusingOffice == office || a.LaterOffice == office);
        }
        var alerts = await query.OrderByDescending(a => a.RaisedAt).Take(500).ToListAsync(ct);
        await audit.RecordAsync(user, AlertsAction, "repeat-applicant alerts", alerts.Count, AuditOutcome.Allowed, ct);
        return [.. alerts.Select(RepeatApplicantAlertView.Of)];
    }
}
