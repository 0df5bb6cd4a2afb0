using System.Data.Common;
using Dashboard.Geo.Domain.Reports;

namespace Dashboard.Geo.Reports;

/// <summary>
/// What a report says, as stored (times to the microsecond, as PostgreSQL keeps them): two bodies sent with one
/// idempotency key are a resend only when these are equal.
/// </summary>
internal sealed record ReportContent(int Kind, double Longitude, double Latitude, long ObservedMicros, string Category, char Reliability,
    int Credibility, string Text, string Officer, string Agency, int? People, string? Profile, string? Modus, string? Destination,
    int? Crossing, int? Village, int? Route)
{
    public const string Columns = """
        kind, ST_X(location), ST_Y(location), observed_at, category, source_reliability, information_credibility, text,
        reporting_officer, agency, people_count, profile, suspected_modus_code, intended_destination, crossing_id, village_id, rat_route_id
        """;

    public static ReportContent Of(FieldReport r) => new((int)r.Kind, r.Location.X, r.Location.Y, Micros(r.ObservedAt.UtcDateTime), r.Category,
        r.SourceReliability, r.InformationCredibility, r.Text, r.ReportingOfficer, r.Agency, r.PeopleCount, r.Profile, r.SuspectedModusCode,
        r.IntendedDestination, r.CrossingId, r.VillageId, r.RatRouteId);

    public static ReportContent Read(DbDataReader reader, int at)
    {
        T? Nullable<T>(int i) where T : struct => reader.IsDBNull(at + i) ? null : reader.GetFieldValue<T>(at + i);
        string? Text(int i) => reader.IsDBNull(at + i) ? null : reader.GetString(at + i).TrimEnd();
        return new ReportContent(reader.GetInt32(at), reader.GetDouble(at + 1), reader.GetDouble(at + 2), Micros(reader.GetFieldValue<DateTime>(at + 3)),
            reader.GetString(at + 4), reader.GetString(at + 5)[0], reader.GetInt32(at + 6), reader.GetString(at + 7), reader.GetString(at + 8),
            reader.GetString(at + 9), Nullable<int>(10), Text(11), Text(12), Text(13), Nullable<int>(14), Nullable<int>(15), Nullable<int>(16));
    }

    private static long Micros(DateTime utc) => utc.ToUniversalTime().Ticks / 10;
}
