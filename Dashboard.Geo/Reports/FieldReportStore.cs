using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Situation;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Geo.Reports;

/// <summary>
/// Stores field reports in one round trip per batch (arrays unnested into one INSERT). A report whose idempotency key
/// is already stored is not stored again: the caller gets the existing id, so a resubmission never counts twice.
/// The reports, and the event that tells dashboards about the new ones, are durable (committed together) when this
/// returns.
/// </summary>
public sealed class FieldReportStore(NpgsqlDataSource dataSource)
{
    private const string Insert = """
        INSERT INTO geo.field_reports (idempotency_key, kind, location, observed_at, received_at, category, source_reliability,
            information_credibility, text, reporting_officer, agency, submitted_by, people_count, profile, suspected_modus_code,
            intended_destination, crossing_id, village_id, rat_route_id)
        SELECT k, kind, ST_SetSRID(ST_MakePoint(lon, lat), 4326), observed, now(), category, reliability,
            credibility, body, officer, agency, account, people, profile, modus, destination, crossing, village, route
        FROM unnest(@keys, @kinds, @lons, @lats, @observed, @categories, @reliabilities, @credibilities, @texts, @officers,
            @agencies, @accounts, @people, @profiles, @modi, @destinations, @crossings, @villages, @routes)
            AS r(k, kind, lon, lat, observed, category, reliability, credibility, body, officer, agency, account, people, profile, modus,
                 destination, crossing, village, route)
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING idempotency_key, id
        """;

    public async Task<StoredReports> StoreAsync(IReadOnlyList<FieldReport> reports, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(Insert, connection, transaction);
        Add(command, "keys", NpgsqlDbType.Text, reports.Select(r => r.IdempotencyKey));
        Add(command, "kinds", NpgsqlDbType.Integer, reports.Select(r => (int)r.Kind));
        Add(command, "lons", NpgsqlDbType.Double, reports.Select(r => r.Location.X));
        Add(command, "lats", NpgsqlDbType.Double, reports.Select(r => r.Location.Y));
        Add(command, "observed", NpgsqlDbType.TimestampTz, reports.Select(r => r.ObservedAt.UtcDateTime));
        Add(command, "categories", NpgsqlDbType.Text, reports.Select(r => r.Category));
        Add(command, "reliabilities", NpgsqlDbType.Char, reports.Select(r => r.SourceReliability.ToString()));
        Add(command, "credibilities", NpgsqlDbType.Integer, reports.Select(r => r.InformationCredibility));
        Add(command, "texts", NpgsqlDbType.Text, reports.Select(r => r.Text));
        Add(command, "officers", NpgsqlDbType.Text, reports.Select(r => r.ReportingOfficer));
        Add(command, "agencies", NpgsqlDbType.Text, reports.Select(r => r.Agency));
        Add(command, "accounts", NpgsqlDbType.Text, reports.Select(r => r.SubmittedBy));
        Add(command, "people", NpgsqlDbType.Integer, reports.Select(r => r.PeopleCount));
        Add(command, "profiles", NpgsqlDbType.Text, reports.Select(r => r.Profile));
        Add(command, "modi", NpgsqlDbType.Text, reports.Select(r => r.SuspectedModusCode));
        Add(command, "destinations", NpgsqlDbType.Char, reports.Select(r => r.IntendedDestination));
        Add(command, "crossings", NpgsqlDbType.Integer, reports.Select(r => r.CrossingId));
        Add(command, "villages", NpgsqlDbType.Integer, reports.Select(r => r.VillageId));
        Add(command, "routes", NpgsqlDbType.Integer, reports.Select(r => r.RatRouteId));
        var created = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                created[reader.GetString(0)] = reader.GetInt64(1);
        }
        var existing = await ExistingAsync(connection, transaction, reports.Select(r => r.IdempotencyKey).Where(k => !created.ContainsKey(k)).Distinct().ToArray(), ct);
        // A key already stored with other content is not a resend: refuse the whole batch, and the first body stays.
        var conflicts = reports.Where(r => existing.TryGetValue(r.IdempotencyKey, out var stored) && stored.Content != ReportContent.Of(r))
            .Select(r => r.IdempotencyKey).Distinct().ToList();
        if (conflicts.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            return new StoredReports([], [], conflicts);
        }
        var fresh = reports.Where(r => created.ContainsKey(r.IdempotencyKey)).Select(r => ReportSnapshot.Of(created[r.IdempotencyKey], r)).ToList();
        var events = fresh.Count == 0 ? [] : await SituationEventLog.AppendAsync(connection, transaction, [SituationMessage.Draft(fresh)], ct);
        await transaction.CommitAsync(ct);
        var results = reports.Select(r => created.TryGetValue(r.IdempotencyKey, out var id)
                ? new ReportStored(r.IdempotencyKey, id, Duplicate: false)
                : new ReportStored(r.IdempotencyKey, existing[r.IdempotencyKey].Id, Duplicate: true))
            .ToList();
        return new StoredReports(results, events);
    }

    private static async Task<Dictionary<string, (long Id, ReportContent Content)>> ExistingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string[] keys, CancellationToken ct)
    {
        var found = new Dictionary<string, (long, ReportContent)>();
        if (keys.Length == 0)
            return found;
        await using var command = new NpgsqlCommand($"SELECT idempotency_key, id, {ReportContent.Columns} FROM geo.field_reports WHERE idempotency_key = ANY(@keys)", connection, transaction);
        command.Parameters.AddWithValue("keys", keys);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found[reader.GetString(0)] = (reader.GetInt64(1), ReportContent.Read(reader, 2));
        return found;
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.ToArray() });
}
