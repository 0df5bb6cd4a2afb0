using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Web.Api;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Timpora;

/// <summary>Checks a warning or request field by field against the TIMPORA it is sent in.</summary>
public sealed partial class TimporaMessageValidator(IStringLocalizer<TimporaStrings> text, TimeProvider clock)
{
    /// <summary>How far ahead a warning may say it holds: a quarter, after which it is looked at again.</summary>
    public const int MaxValidDays = 92;

    public (TimporaMessage? Message, Dictionary<string, string[]> Errors) Check(string areaCode, TimporaMessageInput input)
    {
        var errors = new Dictionary<string, string[]>();
        TimporaMessageKind kind = default;
        if (input.Kind is null || !Enum.TryParse(input.Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, out _))
            errors["kind"] = [text["ErrorKind"]];
        var category = input.Category?.Trim().ToLowerInvariant();
        if (category is null || !TimporaCategories.All.Contains(category))
            errors["category"] = [text["ErrorCategory", string.Join(", ", TimporaCategories.All)]];
        var body = input.Text?.Trim() ?? "";
        if (TextProblem(body) is { } problem)
            errors["text"] = [problem];
        var place = string.IsNullOrWhiteSpace(input.PlaceCode) ? null : input.PlaceCode.Trim();
        if (place is not null && (!PlacePattern().IsMatch(place) || !Inside(areaCode, place)))
            errors["placeCode"] = [text["ErrorPlace", areaCode]];
        var grade = string.IsNullOrWhiteSpace(input.Grade) ? null : input.Grade.Trim().ToUpperInvariant();
        if (grade is not null && !GradePattern().IsMatch(grade))
            errors["grade"] = [text["ErrorGrade"]];
        DateOnly? validUntil = null;
        if (!string.IsNullOrWhiteSpace(input.ValidUntil))
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (DateOnly.TryParseExact(input.ValidUntil.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && day >= today && day <= today.AddDays(MaxValidDays))
                validUntil = day;
            else
                errors["validUntil"] = [text["ErrorValidUntil", MaxValidDays]];
        }
        if (errors.Count > 0)
            return (null, errors);
        return (new TimporaMessage
        {
            AreaCode = areaCode, Kind = kind, Category = category!, PlaceCode = place, Grade = grade, Text = body, ValidUntil = validUntil,
            SentBy = "", SenderAgency = "", ClientKey = input.ClientKey,
        }, errors);
    }

    /// <summary>Null when the text is acceptable free text, else what is wrong with it.</summary>
    public string? TextProblem(string body) =>
        body.Length is 0 or > TimporaMessage.TextLength || SafeText.FirstControl(body) is not null ? text["ErrorText", TimporaMessage.TextLength].Value : null;

    /// <summary>A regency or village code lies in a province's TIMPORA by its prefix, in a regency's by being or starting with it.</summary>
    private static bool Inside(string areaCode, string place) =>
        place == areaCode || place.StartsWith(areaCode + ".", StringComparison.Ordinal);

    [GeneratedRegex(@"^\d{2}\.\d{2}(\.\d{2}\.\d{4})?$")]
    private static partial Regex PlacePattern();

    [GeneratedRegex("^[A-F][1-6]$")]
    private static partial Regex GradePattern();
}
