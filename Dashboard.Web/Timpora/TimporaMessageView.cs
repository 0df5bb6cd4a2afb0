namespace Dashboard.Web.Timpora;

/// <summary>A warning or request as the API and pages show it to either side of its TIMPORA.</summary>
public sealed record TimporaMessageView(long Id, string AreaCode, TimporaMessageKind Kind, string Category, string? PlaceCode, string? Grade,
    string Text, DateOnly? ValidUntil, string SentBy, string SenderAgency, DateTimeOffset SentAt, bool ToMembers, TimporaMessageStatus Status,
    string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string? Answer, string? AnsweredBy, string? AnswererAgency, DateTimeOffset? AnsweredAt,
    long? AlertId)
{
    public static TimporaMessageView Of(TimporaMessage m) => new(m.Id, m.AreaCode, m.Kind, m.Category, m.PlaceCode, m.Grade, m.Text, m.ValidUntil,
        m.SentBy, m.SenderAgency, m.SentAt, m.ToMembers, m.Status, m.AcknowledgedBy, m.AcknowledgedAt, m.Answer, m.AnsweredBy, m.AnswererAgency,
        m.AnsweredAt, m.AlertId);
}
