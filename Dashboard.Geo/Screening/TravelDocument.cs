namespace Dashboard.Geo.Screening;

/// <summary>What a screened traveller showed at the checkpoint; a documents-shown checklist, never their contents.</summary>
public enum TravelDocument
{
    Passport,
    Visa,
    ReturnTicket,
    HotelBooking,
    EmploymentContract,
    MigrantWorkerCard,
    InvitationLetter,
    StudyAdmission,
    UmrahOrPilgrimagePackage,
    MarriageCertificate,
}
