namespace Dashboard.Geo.Screening;

/// <summary>Whether the potential victim agreed to protection and referral; a child or a person in shock may not be able to.</summary>
public enum ConsentNoted
{
    Yes,
    No,
    NotAble,
}
