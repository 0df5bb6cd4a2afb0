namespace Dashboard.Geo.Screening;

/// <summary>
/// A refused applicant who reappeared at another office within a year: raised to both offices, naming the two
/// interviews (not the person). One alert per pair of interviews.
/// </summary>
public sealed class RepeatApplicantAlert
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(365);

    public long Id { get; set; }
    public Guid RefusedInterviewId { get; set; }
    public Guid LaterInterviewId { get; set; }
    public required string RefusingOffice { get; set; }
    public required string LaterOffice { get; set; }
    public DateTimeOffset RefusedAt { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
}
