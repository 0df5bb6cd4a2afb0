using System.Globalization;
using System.Text;
using global::CsvHelper;

namespace Dashboard.Web.Screening;

/// <summary>
/// Screenings as a CSV file for the office's own records. Its first line states its disclosure level: each row is one
/// screened traveller's profile (never a name or a document number), for the immigration service only.
/// </summary>
public static class ScreeningExport
{
    public const string DisclosureLine =
        "# disclosure=record; immigration service only; one row per screened traveller's profile (age band, sex, group, documents, purpose, indicators, disposition), never a name or a document number; not for partners";

    public static byte[] Csv(IReadOnlyList<ScreeningView> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine(DisclosureLine);
        using (var csv = CsvWriter.Create(text, options: null, leaveOpen: true))
        {
            csv.WriteRecord(["id", "screenedAt", "crossingCode", "crossingName", "officeCode", "ageGroup", "sex", "travellingAlone", "groupSize",
                "documents", "statedPurpose", "suspectedPurpose", "modus", "destinationCountry", "indicators", "disposition", "recordedBy", "protectionRecordId"]);
            foreach (var r in rows)
                csv.WriteRecord([
                    r.Id.ToString(), r.ScreenedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), r.CrossingCode,
                    r.CrossingName, r.OfficeCode, r.AgeGroup, r.Sex, r.TravellingAlone ? "true" : "false",
                    r.GroupSize.ToString(CultureInfo.InvariantCulture), string.Join('|', r.Documents), r.StatedPurpose, r.SuspectedPurpose, r.Modus,
                    r.DestinationCountry, string.Join('|', r.Indicators), r.Disposition, r.RecordedBy, r.ProtectionRecordId?.ToString(),
                ]);
            csv.Flush();
        }
        // A byte-order mark, so Excel on an Indonesian desktop opens the names as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
