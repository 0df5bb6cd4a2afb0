using Npgsql;

namespace Dashboard.Bench.Live;

/// <summary>
/// Where the benchmarks' reports come from: the demo world's checkpoints and assisted villages, so every report is
/// valid and the alert rules have real work (offloading clusters at checkpoints, reports near rat routes).
/// </summary>
internal sealed record ReportPlaces(
    IReadOnlyList<(string Code, double Longitude, double Latitude)> Crossings,
    IReadOnlyList<(string Code, double Longitude, double Latitude)> Villages,
    IReadOnlyList<string> Modi)
{
    private static readonly string[] Destinations = ["MY", "SA", "KH", "AE", "HK", "TW"];

    public static async Task<ReportPlaces> LoadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new ReportPlaces(
            await PlacesAsync(connection, "SELECT code, ST_X(location), ST_Y(location) FROM geo.border_crossings ORDER BY id"),
            await PlacesAsync(connection, "SELECT village_code, ST_X(location), ST_Y(location) FROM geo.assisted_villages ORDER BY id LIMIT 2000"),
            await CodesAsync(connection, "SELECT code FROM geo.modi_operandi WHERE is_active ORDER BY code"));
    }

    /// <summary>The i-th report of a steady mix: offloadings at checkpoints, village reports, sightings, tips.</summary>
    public static object Report(ReportPlaces places, int i)
    {
        var key = $"bench-{Guid.NewGuid():N}";
        var observedAt = DateTimeOffset.UtcNow.AddMinutes(-(Math.Abs(i) % 600));
        var reliability = "ABCDEF"[Math.Abs(i * 7) % 6].ToString();
        var credibility = 1 + Math.Abs(i * 5) % 6;
        switch (Math.Abs(i) % 4)
        {
            case 0:
                var crossing = places.Crossings[Math.Abs(i / 4) % places.Crossings.Count];
                return new
                {
                    idempotencyKey = key, kind = "CheckpointOffloading", longitude = crossing.Longitude, latitude = crossing.Latitude,
                    observedAt, category = "penundaan keberangkatan", sourceReliability = "A", informationCredibility = 2,
                    text = "Calon penumpang tidak dapat menjelaskan tujuan perjalanan; dokumen kerja tidak ada.",
                    peopleCount = 1 + Math.Abs(i) % 6, profile = "perempuan 18-25", suspectedModus = places.Modi[Math.Abs(i) % places.Modi.Count],
                    intendedDestination = Destinations[Math.Abs(i) % Destinations.Length], crossingCode = crossing.Code,
                };
            case 1:
                var village = places.Villages[Math.Abs(i / 4) % places.Villages.Count];
                return new
                {
                    idempotencyKey = key, kind = "VillageRecruitment", longitude = village.Longitude + 0.004, latitude = village.Latitude,
                    observedAt, category = "perekrutan", sourceReliability = reliability, informationCredibility = credibility,
                    text = "Perekrut tidak dikenal menawarkan pekerjaan di luar negeri tanpa biaya kepada pemuda desa.",
                    villageCode = village.Code,
                };
            default:
                var near = places.Crossings[Math.Abs(i * 13) % places.Crossings.Count];
                return new
                {
                    idempotencyKey = key, kind = Math.Abs(i) % 4 == 2 ? "PatrolSighting" : "IntelligenceTip",
                    longitude = near.Longitude + (Math.Abs(i) % 21 - 10) * 0.01, latitude = near.Latitude + (Math.Abs(i) % 17 - 8) * 0.01,
                    observedAt, category = "pergerakan mencurigakan", sourceReliability = reliability, informationCredibility = credibility,
                    text = "Rombongan orang dengan tas besar menuju jalur setapak di dekat perbatasan pada malam hari.",
                };
        }
    }

    private static async Task<List<(string, double, double)>> PlacesAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var places = new List<(string, double, double)>();
        while (await reader.ReadAsync())
            places.Add((reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
        return places.Count > 0 ? places : throw new InvalidOperationException($"the demo world has nothing for: {sql}");
    }

    private static async Task<List<string>> CodesAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var codes = new List<string>();
        while (await reader.ReadAsync())
            codes.Add(reader.GetString(0));
        return codes.Count > 0 ? codes : throw new InvalidOperationException($"the demo world has nothing for: {sql}");
    }
}
