using System.Globalization;

namespace Dashboard.Web.Cases;

/// <summary>One import row → a case input; cells that cannot be read as their type are named back by row and column.</summary>
public static class CaseRowParser
{
    public static CaseInput Parse(IReadOnlyDictionary<string, string> cells, string at, IDictionary<string, string[]> errors)
    {
        string? Cell(string column) => cells.TryGetValue(column, out var v) && v.Length > 0 ? v : null;
        double? Number(string column)
        {
            if (Cell(column) is not { } text)
                return null;
            if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                return n;
            errors[$"{at}{column}"] = [$"{column} '{text}' is not a number (decimal degrees, e.g. -10.1)."];
            return null;
        }
        int? Id(string column)
        {
            if (Cell(column) is not { } text)
                return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                return n;
            errors[$"{at}{column}"] = [$"{column} '{text}' is not a whole number id."];
            return null;
        }
        return new CaseInput
        {
            Reference = Cell("reference"),
            ReportingAgency = Cell("reportingAgency"),
            ReportedOn = Cell("reportedOn"),
            Status = Cell("status"),
            VillageCode = Cell("villageCode"),
            RegencyCode = Cell("regencyCode"),
            ProvinceCode = Cell("provinceCode"),
            Longitude = Number("longitude"),
            Latitude = Number("latitude"),
            Victims = Victims(Cell("victims"), at, errors),
            ModusOperandi = Cell("modusOperandi"),
            DestinationCountry = Cell("destinationCountry"),
            Exploitation = Cell("exploitation"),
            MeansOfControl = Cell("meansOfControl")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            RecruiterRelation = Cell("recruiterRelation"),
            RecruitmentMethod = Cell("recruitmentMethod"),
            RecruitmentChannel = Cell("recruitmentChannel"),
            IssuingOffice = Cell("issuingOffice"),
            ExitCrossingId = Id("exitCrossingId"),
            ExitRatRouteId = Id("exitRatRouteId"),
        };
    }

    // "Female/Age9To17/2; Male/Age21To23/1"
    private static List<VictimGroupInput>? Victims(string? text, string at, IDictionary<string, string[]> errors)
    {
        if (text is null)
            return null;
        var groups = new List<VictimGroupInput>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bits = part.Split('/', StringSplitOptions.TrimEntries);
            if (bits.Length != 3 || !int.TryParse(bits[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
            {
                errors[$"{at}victims"] = [$"victims '{part}' must be sex/ageBand/count, e.g. Female/Age9To17/2; groups separated by ';'."];
                return null;
            }
            groups.Add(new VictimGroupInput(bits[0], bits[1], count));
        }
        return groups;
    }
}
