using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>An interview as the API answers it: never the identity number, and whether it raised a repeat-applicant alert.</summary>
public sealed record InterviewView(Guid Id, string OfficeCode, string AgeGroup, string Sex, string? Modus, string? DestinationCountry,
    IReadOnlyList<string> Indicators, string Outcome, DateTimeOffset InterviewedAt, string RecordedBy, int RepeatAlerts)
{
    public static InterviewView Of(PassportInterview i, int alerts) => new(i.Id, i.OfficeCode, i.AgeGroup.ToString(), i.Sex.ToString(),
        i.Modus?.ToString(), i.DestinationCountry, [.. i.Indicators.Select(x => x.ToString())], i.Outcome.ToString(), i.InterviewedAt,
        i.RecordedByName, alerts);
}

/// <summary>A repeat-applicant alert as both offices see it: the two offices and times, not the person.</summary>
public sealed record RepeatApplicantAlertView(long Id, string RefusingOffice, DateTimeOffset RefusedAt, string LaterOffice,
    Guid LaterInterviewId, DateTimeOffset RaisedAt)
{
    public static RepeatApplicantAlertView Of(RepeatApplicantAlert a) =>
        new(a.Id, a.RefusingOffice, a.RefusedAt, a.LaterOffice, a.LaterInterviewId, a.RaisedAt);
}
