using System.Globalization;
using Dashboard.Geo.Domain.Cases;

namespace Dashboard.Web.Cases;

/// <summary>
/// What the case form edits, as the browser holds it. <see cref="Check"/> catches what can be told without the
/// database (empty required fields, negative counts) so the officer hears at once; the register checks the rest.
/// </summary>
public sealed class CaseFormModel
{
    public string? Reference { get; set; }
    public string? ReportingAgency { get; set; } = "Imigrasi";
    public DateTime? ReportedOn { get; set; } = DateTime.Today;
    public string? VillageCode { get; set; }
    public string? VillageLabel { get; set; }
    public string? RegencyCode { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public List<VictimRow> Victims { get; set; } = [new()];
    public string? ModusOperandi { get; set; }
    public string? DestinationCountry { get; set; }
    public string Exploitation { get; set; } = nameof(ExploitationType.Unknown);
    public HashSet<MeansOfControl> MeansOfControl { get; set; } = [];
    public string RecruiterRelation { get; set; } = nameof(Geo.Domain.Cases.RecruiterRelation.Unknown);
    public string RecruitmentMethod { get; set; } = nameof(Geo.Domain.Cases.RecruitmentMethod.Unknown);
    public string? RecruitmentChannel { get; set; }
    public string? IssuingOffice { get; set; }
    public int? ExitCrossingId { get; set; }
    public int? ExitRatRouteId { get; set; }

    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        void Need(bool ok, string field)
        {
            if (!ok)
                errors[field] = [field];
        }
        Need(!string.IsNullOrWhiteSpace(Reference), "reference");
        Need(!string.IsNullOrWhiteSpace(ReportingAgency), "reportingAgency");
        Need(ReportedOn is not null, "reportedOn");
        Need(!string.IsNullOrWhiteSpace(VillageCode) || !string.IsNullOrWhiteSpace(RegencyCode), "regencyCode");
        Need((Longitude is null) == (Latitude is null), "location");
        for (var i = 0; i < Victims.Count; i++)
            Need(Victims[i].Count is >= 0, $"victims[{i}].count");
        Need(Victims.Sum(v => Math.Max(v.Count ?? 0, 0)) >= 1, "victims");
        Need(!string.IsNullOrWhiteSpace(ModusOperandi), "modusOperandi");
        Need(!string.IsNullOrWhiteSpace(DestinationCountry), "destinationCountry");
        Need(ExitCrossingId is null || ExitRatRouteId is null, "exitRatRouteId");
        return errors;
    }

    public CaseInput ToInput() => new()
    {
        Reference = Reference?.Trim(),
        ReportingAgency = ReportingAgency?.Trim(),
        ReportedOn = ReportedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        VillageCode = Blank(VillageCode),
        RegencyCode = Blank(VillageCode) is null ? Blank(RegencyCode) : null,
        Longitude = Longitude,
        Latitude = Latitude,
        Victims = [.. Victims.Select(v => new VictimGroupInput(v.Sex, v.AgeGroup, v.Count))],
        ModusOperandi = ModusOperandi,
        DestinationCountry = DestinationCountry,
        Exploitation = Exploitation,
        MeansOfControl = [.. MeansOfControl.Select(m => m.ToString())],
        RecruiterRelation = RecruiterRelation,
        RecruitmentMethod = RecruitmentMethod,
        RecruitmentChannel = Blank(RecruitmentChannel),
        IssuingOffice = Blank(IssuingOffice),
        ExitCrossingId = ExitCrossingId,
        ExitRatRouteId = ExitRatRouteId,
    };

    public static CaseFormModel Of(CaseView c) => new()
    {
        Reference = c.Reference,
        ReportingAgency = c.ReportingAgency,
        ReportedOn = c.ReportedOn.ToDateTime(TimeOnly.MinValue),
        VillageCode = c.VillageCode,
        VillageLabel = c.VillageCode,
        RegencyCode = c.RegencyCode,
        Longitude = c.Longitude,
        Latitude = c.Latitude,
        Victims = [.. c.Victims.Select(v => new VictimRow { Sex = v.Sex, AgeGroup = v.AgeGroup, Count = v.Count })],
        ModusOperandi = c.ModusOperandiCode,
        DestinationCountry = c.DestinationCountry,
        Exploitation = c.Exploitation,
        MeansOfControl = [.. Enum.GetValues<MeansOfControl>().Where(m => m != Geo.Domain.Cases.MeansOfControl.None
            && Enum.TryParse<MeansOfControl>(c.MeansOfControl, out var all) && all.HasFlag(m))],
        RecruiterRelation = c.RecruiterRelation,
        RecruitmentMethod = c.RecruitmentMethod,
        RecruitmentChannel = c.RecruitmentChannel,
        IssuingOffice = c.IssuingOffice,
        ExitCrossingId = c.ExitCrossingId,
        ExitRatRouteId = c.ExitRatRouteId,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class VictimRow
{
    public string Sex { get; set; } = nameof(Geo.Domain.Cases.Sex.Female);
    public string AgeGroup { get; set; } = nameof(Geo.Domain.Cases.AgeGroup.Age18To20);
    public int? Count { get; set; } = 1;
}
