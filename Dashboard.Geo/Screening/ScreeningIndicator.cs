namespace Dashboard.Geo.Screening;

/// <summary>
/// The indicators of the human-security guidance for departure interviews and passport applications (003_…, 004_…):
/// what makes an officer think a traveller may be a victim. A closed list, so that a checkpoint's indicators can be
/// counted and compared; the labels (ID/EN) live in the web app's resources under "Indicator.{name}".
/// </summary>
public enum ScreeningIndicator
{
    CannotExplainPurpose,
    AnswersInconsistentOrCoached,
    DocumentsDoNotFitPurpose,
    VisaDoesNotFitWork,
    NoReturnTicket,
    TooLittleMoneyForTrip,
    DocumentsHeldByAnother,
    AccompaniedByControllingPerson,
    MinorWithoutGuardian,
    RecruitedOnline,
    TravelPaidByRecruiter,
    FearOrDistress,
    FirstTimeAbroad,
    NoAddressAbroad,
}
