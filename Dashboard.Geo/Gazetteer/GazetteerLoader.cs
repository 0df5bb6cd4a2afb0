using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// Loads a release of the list into geo.gazetteer_areas when none is loaded or the release is newer than the newest
/// loaded. Codes are upserted, never deleted: a code the release no longer names is marked retired in it, so villages,
/// crossings and reports that refer to it keep their meaning. One transaction: a failed load changes nothing.
/// </summary>
public sealed class GazetteerLoader(NpgsqlDataSource dataSource)
{
    public async Task<GazetteerRelease?> LoadIfNewerAsync(GazetteerFiles files, CancellationToken ct)
    {
        var version = files.ReadVersion();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(4815162342)", connection, tx))
            await lockCommand.ExecuteNonQueryAsync(ct);
        var loaded = new List<string>();
        await using (var read = new NpgsqlCommand("SELECT version FROM geo.gazetteer_releases", connection, tx))
        await using (var reader = await read.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                loaded.Add(reader.GetString(0));
        if (loaded.Count > 0 && loaded.Max(ReleaseOrder.Key)! >= ReleaseOrder.Key(version))
            return null;

        await Execute(connection, tx, """
            CREATE TEMP TABLE gazetteer_load (
                code text PRIMARY KEY, level int, name text, parent_code text, province_code text,
                lon double precision, lat double precision, is_populated bool, is_outermost_small bool) ON COMMIT DROP
            """, ct);
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY gazetteer_load (code, level, name, parent_code, province_code, lon, lat, is_populated, is_outermost_small) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in files.ReadEntries())
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(e.Code, NpgsqlDbType.Text, ct);
                await import.WriteAsync((int)e.Level, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(e.Name, NpgsqlDbType.Text, ct);
                await WriteNullable(import, e.ParentCode, NpgsqlDbType.Text, ct);
                await import.WriteAsync(e.ProvinceCode, NpgsqlDbType.Text, ct);
                await WriteNullable(import, e.Longitude, NpgsqlDbType.Double, ct);
                await WriteNullable(import, e.Latitude, NpgsqlDbType.Double, ct);
                await import.WriteAsync(e.IsPopulated, NpgsqlDbType.Boolean, ct);
                await import.WriteAsync(e.IsOutermostSmall, NpgsqlDbType.Boolean, ct);
            }
            await import.CompleteAsync(ct);
        }
        var areas = await Scalar(connection, tx, "SELECT count(*)::int FROM gazetteer_load", version, ct);
        var added = await Scalar(connection, tx, "SELECT count(*)::int FROM gazetteer_load l WHERE NOT EXISTS (SELECT 1 FROM geo.gazetteer_areas a WHERE a.code = l.code)", version, ct);
        await Execute(connection, tx, """
            INSERT INTO geo.gazetteer_areas AS a (code, level, name, parent_code, province_code, location, is_populated, is_outermost_small, first_release, retired_in_release)
            SELECT code, level, name, parent_code, province_code,
                   CASE WHEN lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END,
                   is_populated, is_outermost_small, @version, NULL
            FROM gazetteer_load
            ON CONFLICT (code) DO UPDATE SET level = excluded.level, name = excluded.name, parent_code = excluded.parent_code,
                province_code = excluded.province_code, location = excluded.location, is_populated = excluded.is_populated,
                is_outermost_small = excluded.is_outermost_small, retired_in_release = NULL
            """, ct, version);
        var retired = await Scalar(connection, tx, """
            WITH gone AS (
                UPDATE geo.gazetteer_areas a SET retired_in_release = @version
                WHERE a.retired_in_release IS NULL AND NOT EXISTS (SELECT 1 FROM gazetteer_load l WHERE l.code = a.code)
                RETURNING 1)
            SELECT count(*)::int FROM gone
            """, version, ct);
        var release = new GazetteerRelease { Version = version, LoadedAt = DateTimeOffset.UtcNow, Areas = areas, Added = added, Retired = retired };
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO geo.gazetteer_releases (version, loaded_at, areas, added, retired) VALUES (@v, @at, @areas, @added, @retired)", connection, tx))
        {
            insert.Parameters.AddWithValue("v", version);
            insert.Parameters.AddWithValue("at", release.LoadedAt);
            insert.Parameters.AddWithValue("areas", areas);
            insert.Parameters.AddWithValue("added", added);
            insert.Parameters.AddWithValue("retired", retired);
            await insert.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return release;
    }

    private static async Task WriteNullable<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
            await import.WriteNullAsync(ct);
        else
            await import.WriteAsync(value, type, ct);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct, string? version = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        if (version is not null)
            command.Parameters.AddWithValue("version", version);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<int> Scalar(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, string version, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        command.Parameters.AddWithValue("version", version);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }
}
