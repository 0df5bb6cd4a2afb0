using Dashboard.Jobs.Risk;
using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Jobs.RiskMap;

/// <summary>
/// Stores a run's cells with every factor, rolls them up to regions, and marks the run succeeded, in one transaction: until it commits the map
/// keeps showing the previous run. Old runs beyond the retention are deleted with their cells.
/// </summary>
public sealed class RiskResultWriter(NpgsqlDataSource dataSource)
{
    public async Task WriteAsync(int runId, RiskInputs inputs, RiskResult result, int keepRuns, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY geo.cell_risks (run_id, cell_id, province_code, regency_code, case_density, report_density, rat_route_factor, crossing_factor, " +
            "threat, coverage_gap_km, vulnerability, minor_share, high_risk_destination_share, impact, score, gi_z, is_hot_spot) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < inputs.Cells.Count; i++)
            {
                var cell = inputs.Cells[i];
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(runId, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(cell.Id, NpgsqlDbType.Bigint, ct);
                await WriteTextAsync(writer, cell.ProvinceCode, ct);
                await WriteTextAsync(writer, cell.RegencyCode, ct);
                foreach (var value in new[]
                         {
                             result.CaseDensity[i], result.ReportDensity[i], result.RatRouteFactor[i], result.CrossingFactor[i], result.Threat[i],
                             result.CoverageGapKm[i], result.Vulnerability[i], result.MinorShare[i], result.HighRiskDestinationShare[i],
                             result.Impact[i], result.Score[i], result.GiZ[i],
                         })
                    await writer.WriteAsync(value, NpgsqlDbType.Double, ct);
                await writer.WriteAsync(result.IsHotSpot[i], NpgsqlDbType.Boolean, ct);
            }
            await writer.CompleteAsync(ct);
        }
        await using (var rollup = new NpgsqlCommand(RegionRollupSql.Sql, connection, transaction))
        {
            rollup.Parameters.AddWithValue("run", runId);
            await rollup.ExecuteNonQueryAsync(ct);
        }
        await using (var finish = new NpgsqlCommand("""
            UPDATE geo.risk_runs SET status = 2, cell_count = @cells, hot_spot_count = @hot WHERE id = @run;
            DELETE FROM geo.risk_runs WHERE status = 2 AND id NOT IN (SELECT id FROM geo.risk_runs WHERE status = 2 ORDER BY id DESC LIMIT @keep);
            """, connection, transaction))
        {
            finish.Parameters.AddWithValue("cells", inputs.Cells.Count);
            finish.Parameters.AddWithValue("hot", result.HotSpotCount);
            finish.Parameters.AddWithValue("run", runId);
            finish.Parameters.AddWithValue("keep", keepRuns);
            await finish.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, NpgsqlDbType.Varchar, ct);
}
