using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Spatial;
using Npgsql;

namespace Dashboard.Jobs.Alerts;

/// <summary>
/// Reads a rule's query into candidates. Every rule's SQL returns the same columns: subject key, subject name,
/// severity, count, longitude, latitude, province code, region name, evidence kinds (text[]) and evidence ids (bigint[]).
/// </summary>
internal static class CandidateReader
{
    /// <summary>The region of a point: the province and name of the regency whose seat is nearest (placeholder: the point).</summary>
    public const string NearestRegency = """
        LEFT JOIN LATERAL (SELECT g.province_code, g.name FROM geo.regencies g ORDER BY g.seat <-> {0} LIMIT 1) reg ON true
        """;

    public static async Task<IReadOnlyList<AlertCandidate>> ReadAsync(NpgsqlCommand command, AlertRule rule, CancellationToken ct)
    {
        var candidates = new List<AlertCandidate>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var kinds = reader.GetFieldValue<string[]>(8);
            var ids = reader.GetFieldValue<long[]>(9);
            candidates.Add(new AlertCandidate(
                rule,
                reader.GetString(0),
                reader.GetString(1),
                (AlertSeverity)reader.GetInt32(2),
                reader.GetInt32(3),
                Geometries.Point(reader.GetDouble(4), reader.GetDouble(5)),
                reader.IsDBNull(6) ? "ID" : reader.GetString(6),
                reader.IsDBNull(7) ? "Indonesia" : reader.GetString(7),
                [.. kinds.Zip(ids, (k, i) => new AlertEvidence { Kind = k, Id = i })]));
        }
        return candidates;
    }
}
