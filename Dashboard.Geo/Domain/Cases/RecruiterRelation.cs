namespace Dashboard.Geo.Domain.Cases;

/// <summary>Who recruited the victims, with the meanings of the CTDC "recruiterRelation" fields.</summary>
public enum RecruiterRelation
{
    Unknown = 0,
    IntimatePartner = 1,
    Friend = 2,
    Family = 3,
    OtherAcquaintance = 4,
    /// <summary>A recruiter the victim did not know, e.g. an online job advert or a sponsor (calo).</summary>
    Stranger = 5,
}
