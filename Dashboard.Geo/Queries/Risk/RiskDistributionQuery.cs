using Npgsql;

namespace Dashboard.Geo.Queries.Risk;

/// <summary>Reads a run's <see cref="RiskDistribution"/>; null for a run with no cells.</summary>
public sealed class RiskDistributionQuery(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        SELECT percentile_cont(@percentiles) WITHIN GROUP (ORDER BY score), avg(threat), avg(vulnerability), avg(impact)
        FROM geo.cell_risks WHERE run_id = @run
        HAVING count(*) > 0
        """;

    public async Task<RiskDistribution?> ReadAsync(int runId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("run", runId);
        command.Parameters.AddWithValue("percentiles", RiskBands.Percentiles.ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return new RiskDistribution(reader.GetFieldValue<double[]>(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }
}
