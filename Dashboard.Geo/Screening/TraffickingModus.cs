namespace Dashboard.Geo.Screening;

/// <summary>
/// Modus operandi seen in screenings, a closed list taken from the seeds' offloading and penundaan cases, so that
/// screenings can be grouped by modus across checkpoints. <see cref="Other"/> keeps the list closed without forcing
/// a wrong label.
/// </summary>
public enum TraffickingModus
{
    NonRegularUmrahGroup,
    PilgrimageVisa,
    StudentOrInternshipVisa,
    MixedMarriage,
    OnlineJobOffer,
    TouristVisaForWork,
    Other,
}
