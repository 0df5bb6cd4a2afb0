using NetTopologySuite.Geometries;

namespace Dashboard.Geo.Domain.Reports;

/// <summary>
/// A report from the field that feeds early warning. It names the officer who sent it, never the people it is about;
/// the idempotency key lets a phone that lost its connection send it again without it counting twice.
/// </summary>
public sealed class FieldReport
{
    public long Id { get; set; }

    /// <summary>Chosen by the sender (e.g. a UUID made when the form was opened); unique.</summary>
    public required string IdempotencyKey { get; set; }

    public ReportKind Kind { get; set; }

    public required Point Location { get; set; }

    /// <summary>When it happened, as the reporter says.</summary>
    public DateTimeOffset ObservedAt { get; set; }

    /// <summary>When the server stored it.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>A short category within the kind, e.g. "calo", "rombongan", "kapal malam".</summary>
    public required string Category { get; set; }

    public char SourceReliability { get; set; }

    public int InformationCredibility { get; set; }

    public required string Text { get; set; }

    public required string ReportingOfficer { get; set; }

    public required string Agency { get; set; }

    /// <summary>The account (user name) that filed it; null for reports from before accounts were recorded and the demo feed.</summary>
    public string? SubmittedBy { get; set; }

    /// <summary>Travellers concerned (offloadings), if any.</summary>
    public int? PeopleCount { get; set; }

    /// <summary>Their profile in a few words (e.g. "perempuan muda, sendiri"), never names.</summary>
    public string? Profile { get; set; }

    public string? SuspectedModusCode { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the intended destination, if known.</summary>
    public string? IntendedDestination { get; set; }

    public int? CrossingId { get; set; }

    public int? VillageId { get; set; }

    public int? RatRouteId { get; set; }

    public double CredibilityWeight => SourceGrading.Weight(SourceReliability, InformationCredibility);
}
