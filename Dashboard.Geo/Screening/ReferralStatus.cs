namespace Dashboard.Geo.Screening;

public enum ReferralStatus
{
    Pending,
    Accepted,
    Declined,
}
