namespace Dashboard.Geo.Screening;

/// <summary>The purpose of a trip, as the traveller states it and as the officer suspects it.</summary>
public enum TravelPurpose
{
    Tourism,
    FamilyVisit,
    Work,
    Study,
    UmrahOrPilgrimage,
    Business,
    Marriage,
    Other,
}
