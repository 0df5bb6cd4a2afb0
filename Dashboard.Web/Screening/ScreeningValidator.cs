using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Screening;
using Dashboard.Web.Reports;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Screening;

/// <summary>Checks a screening field by field, naming each bad one, and builds the record from a good one.</summary>
public static class ScreeningValidator
{
    public const int MaxGroupSize = 500;

    /// <summary>A clock a few minutes fast on the officer's phone is not an error; a screening tomorrow is.</summary>
    private static readonly TimeSpan FutureSlack = TimeSpan.FromMinutes(10);

    public static CheckpointScreening? Validate(ScreeningInput input, BorderCrossing? crossing, DateTimeOffset now,
        IStringLocalizer<ScreeningStrings> text, Dictionary<string, string[]> errors)
    {
        if (input.Id is not { } id || id == Guid.Empty)
            errors["id"] = [text["ErrorId"]];
        if (crossing is null)
            errors["crossing"] = [text["ErrorCrossing"]];
        var screenedAt = (input.ScreenedAt ?? now).ToUniversalTime();
        if (screenedAt > now + FutureSlack || screenedAt < now.AddYears(-5))
            errors["screenedAt"] = [text["ErrorScreenedAt"]];
        if (input.AgeGroup is not { } age || !Enum.IsDefined(age))
            errors["ageGroup"] = [text["ErrorAgeGroup"]];
        if (input.Sex is not { } sex || !Enum.IsDefined(sex))
            errors["sex"] = [text["ErrorSex"]];
        var alone = input.TravellingAlone ?? true;
        var groupSize = input.GroupSize ?? (alone ? 1 : 0);
        if (alone ? groupSize != 1 : groupSize is < 2 or > MaxGroupSize)
            errors["groupSize"] = [text["ErrorGroupSize", MaxGroupSize]];
        var documents = input.Documents ?? [];
        if (documents.Any(d => !Enum.IsDefined(d)))
            errors["documents"] = [text["ErrorList"]];
        if (input.StatedPurpose is not { } stated || !Enum.IsDefined(stated))
            errors["statedPurpose"] = [text["ErrorPurpose"]];
        if (input.SuspectedPurpose is { } suspected && !Enum.IsDefined(suspected))
            errors["suspectedPurpose"] = [text["ErrorPurpose"]];
        if (input.Modus is { } modus && !Enum.IsDefined(modus))
            errors["modus"] = [text["ErrorModus"]];
        if (string.IsNullOrWhiteSpace(input.DestinationCountry) || !DestinationCountries.TryResolve(input.DestinationCountry, out var country) || country is null)
        {
            errors["destinationCountry"] = [text["ErrorCountry"]];
            country = null;
        }
        var indicators = input.Indicators ?? [];
        if (indicators.Any(i => !Enum.IsDefined(i)))
            errors["indicators"] = [text["ErrorList"]];
        if (input.Disposition is not { } disposition || !Enum.IsDefined(disposition))
            errors["disposition"] = [text["ErrorDisposition"]];
        if (errors.Count > 0)
            return null;

        return new CheckpointScreening
        {
            Id = input.Id!.Value,
            CrossingId = crossing!.Id,
            CrossingCode = crossing.Code,
            ScreenedAt = screenedAt,
            AgeGroup = input.AgeGroup!.Value,
            Sex = input.Sex!.Value,
            TravellingAlone = alone,
            GroupSize = groupSize,
            Documents = [.. documents.Distinct().Order()],
            StatedPurpose = input.StatedPurpose!.Value,
            SuspectedPurpose = input.SuspectedPurpose,
            Modus = input.Modus,
            DestinationCountry = country!,
            Indicators = [.. indicators.Distinct().Order()],
            Disposition = input.Disposition!.Value,
            RecordedBy = "",
            RecordedByName = "",
        };
    }

    /// <summary>Whether a resent screening says the same as the stored one (then it is the same record, not a conflict).</summary>
    public static bool SameContent(CheckpointScreening a, CheckpointScreening b) =>
        a.CrossingId == b.CrossingId && a.AgeGroup == b.AgeGroup && a.Sex == b.Sex && a.TravellingAlone == b.TravellingAlone
        && a.GroupSize == b.GroupSize && a.Documents.SequenceEqual(b.Documents) && a.StatedPurpose == b.StatedPurpose
        && a.SuspectedPurpose == b.SuspectedPurpose && a.Modus == b.Modus && a.DestinationCountry == b.DestinationCountry
        && a.Indicators.SequenceEqual(b.Indicators) && a.Disposition == b.Disposition;
}
