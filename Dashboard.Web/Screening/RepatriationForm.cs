using Dashboard.Geo.Domain.Cases;

namespace Dashboard.Web.Screening;

/// <summary>The repatriation form's fields as typed; <see cref="ToInput"/> sends them as the API would.</summary>
public sealed class RepatriationForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public AgeGroup? AgeGroup { get; set; }
    public Sex? Sex { get; set; }
    public int GroupSize { get; set; } = 1;
    public string? FromCountry { get; set; }
    public string? Mission { get; set; }
    public bool TemporaryTravelDocument { get; set; }
    public string? ArrivalCrossing { get; set; }

    /// <summary>As the browser's date-time field gives it: the officer's wall clock, read as headquarters time (WIB).</summary>
    public DateTime? ArrivalAt { get; set; }

    public string? IssuingOffice { get; set; }

    public RepatriationInput ToInput(string? country) => new(Id, AgeGroup, Sex, GroupSize, country, Mission, TemporaryTravelDocument,
        ArrivalCrossing, ArrivalAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Dashboard.Geo.Time.HeadquartersTime.Offset) : null,
        string.IsNullOrWhiteSpace(IssuingOffice) ? null : IssuingOffice);
}
