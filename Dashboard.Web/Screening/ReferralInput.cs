namespace Dashboard.Web.Screening;

/// <summary>One referral of a protection record to a service of the directory, with the reason; the id is the client's.</summary>
public sealed record ReferralInput(Guid? Id, int? ServiceId, string? Reason);
