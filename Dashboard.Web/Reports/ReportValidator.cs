using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Spatial;

namespace Dashboard.Web.Reports;

/// <summary>Checks a submission field by field and, when it is sound, turns it into a report signed by the sender.</summary>
public static class ReportValidator
{
    public const int MaxTextLength = FieldReportLimits.Text;

    public static FieldReport? Validate(ReportSubmission s, string at, ReportReferences references, ReportSender sender,
        DateTimeOffset now, IDictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors[$"{at}{field}"] = [message];

        if (string.IsNullOrWhiteSpace(s.IdempotencyKey) || s.IdempotencyKey.Trim().Length > FieldReportLimits.IdempotencyKey)
            Fail("idempotencyKey", $"idempotencyKey is required (1–{FieldReportLimits.IdempotencyKey} characters), e.g. a UUID made when the report was written, so a resend is recognised.");
        if (!Enum.TryParse<ReportKind>(s.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(s.Kind, out _))
            Fail("kind", $"kind '{s.Kind}' must be one of: {string.Join(", ", Enum.GetNames<ReportKind>())}.");
        if (s.Longitude is null || s.Latitude is null)
            Fail("location", "longitude and latitude are required (WGS 84 decimal degrees).");
        else if (GeometryGuard.Check("Field report", s.IdempotencyKey ?? "?", Geometries.Point(s.Longitude.Value, s.Latitude.Value), references.Territory) is { } problem)
            Fail("location", problem.Detail);
        if (s.ObservedAt is null)
            Fail("observedAt", "observedAt is required (ISO 8601 with an offset, e.g. 2026-11-20T21:30:00+07:00).");
        else if (s.ObservedAt > now.AddMinutes(10))
            Fail("observedAt", $"observedAt {s.ObservedAt:O} is in the future.");
        else if (s.ObservedAt.Value.Year < FieldReportLimits.EarliestYear || s.ObservedAt < now.AddYears(-1))
            Fail("observedAt", $"observedAt {s.ObservedAt:O} is more than a year ago; old events belong in case records, not early warning.");
        if (string.IsNullOrWhiteSpace(s.Category) || s.Category.Trim().Length > FieldReportLimits.Category)
            Fail("category", $"category is required (up to {FieldReportLimits.Category} characters).");
        if (s.SourceReliability is not { Length: 1 } reliability || !SourceGrading.IsReliability(char.ToUpperInvariant(reliability[0])))
            Fail("sourceReliability", "sourceReliability must be one letter A–F (A completely reliable … E unreliable, F cannot be judged).");
        if (s.InformationCredibility is not { } credibility || !SourceGrading.IsCredibility(credibility))
            Fail("informationCredibility", "informationCredibility must be 1–6 (1 confirmed … 5 improbable, 6 cannot be judged).");
        if (string.IsNullOrWhiteSpace(s.Text) || s.Text.Length > MaxTextLength)
            Fail("text", $"text is required (up to {MaxTextLength} characters).");
        if (s.Profile is { } longProfile && longProfile.Trim().Length > FieldReportLimits.Profile)
            Fail("profile", FormattableString.Invariant($"profile is {longProfile.Length:N0} characters long; at most {FieldReportLimits.Profile}."));
        if (s.SuspectedModus is { Length: > FieldReportLimits.SuspectedModusCode })
            Fail("suspectedModus", $"suspectedModus is longer than {FieldReportLimits.SuspectedModusCode} characters.");
        if (kind == ReportKind.CheckpointOffloading && s.PeopleCount is null)
            Fail("peopleCount", "peopleCount is required for a checkpoint offloading: how many travellers were held back.");
        if (s.PeopleCount is < 1 or > 1000)
            Fail("peopleCount", "peopleCount must be between 1 and 1000.");
        else if (s.SuspectedModus is { } modus && !references.Modi.Contains(modus))
            Fail("suspectedModus", $"suspectedModus '{modus}' is not in the list: {string.Join(", ", references.Modi.Order())}.");
        if (s.IntendedDestination is { } destination && (destination.Length != 2 || !destination.All(char.IsAsciiLetterUpper)))
            Fail("intendedDestination", $"intendedDestination '{destination}' must be an ISO 3166-1 alpha-2 code in capitals, e.g. MY.");
        int? crossingId = null, villageId = null;
        if (s.CrossingCode is { } crossing)
        {
            if (references.Crossings.TryGetValue(crossing, out var id))
                crossingId = id;
            else
                Fail("crossingCode", $"crossingCode '{crossing}' is not a known crossing.");
        }
        if (s.VillageCode is { } village)
        {
            if (references.Villages.TryGetValue(village, out var id))
                villageId = id;
            else
                Fail("villageCode", $"villageCode '{village}' is not a known assisted village.");
        }
        if (s.RatRouteId is { } route && !references.Routes.Contains(route))
            Fail("ratRouteId", $"ratRouteId {route} is not a known rat route.");
        if (errors.Count > before)
            return null;

        return new FieldReport
        {
            IdempotencyKey = s.IdempotencyKey!.Trim(),
            Kind = kind,
            Location = Geometries.Point(s.Longitude!.Value, s.Latitude!.Value),
            ObservedAt = s.ObservedAt!.Value,
            Category = s.Category!.Trim(),
            SourceReliability = char.ToUpperInvariant(s.SourceReliability![0]),
            InformationCredibility = s.InformationCredibility!.Value,
            Text = s.Text!.Trim(),
            ReportingOfficer = sender.Officer,
            Agency = sender.Agency,
            SubmittedBy = sender.Account,
            PeopleCount = s.PeopleCount,
            Profile = s.Profile?.Trim() is { Length: > 0 } profile ? profile : null,
            SuspectedModusCode = s.SuspectedModus,
            IntendedDestination = s.IntendedDestination,
            CrossingId = crossingId,
            VillageId = villageId,
            RatRouteId = s.RatRouteId,
        };
    }
}
