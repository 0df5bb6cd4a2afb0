using Npgsql;
using NpgsqlTypes;

namespace Dashboard.Demo;

/// <summary>The binary COPY statements, one per table, column for column with the migrations.</summary>
internal static class DemoWorldCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, DemoWorld world, CancellationToken ct)
    {
        await using (var w = await connection.BeginBinaryImportAsync("COPY geo.provinces (code, name, seat) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in world.Provinces)
                await Row(w, ct, (p.Code, NpgsqlDbType.Varchar), (p.Name, NpgsqlDbType.Varchar), (p.Seat, NpgsqlDbType.Geometry));
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync("COPY geo.regencies (code, province_code, name, seat) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in world.Regencies)
                await Row(w, ct, (r.Code, NpgsqlDbType.Varchar), (r.ProvinceCode, NpgsqlDbType.Varchar), (r.Name, NpgsqlDbType.Varchar), (r.Seat, NpgsqlDbType.Geometry));
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY geo.border_crossings (id, code, name, kind, managing_office, province_code, regency_code, location, daily_passengers, interview_officers) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in world.Crossings)
                await Row(w, ct, (c.Id, NpgsqlDbType.Integer), (c.Code, NpgsqlDbType.Varchar), (c.Name, NpgsqlDbType.Varchar), ((int)c.Kind, NpgsqlDbType.Integer),
                    (c.ManagingOffice, NpgsqlDbType.Varchar), (c.ProvinceCode, NpgsqlDbType.Varchar), (c.RegencyCode, NpgsqlDbType.Varchar),
                    (c.Location, NpgsqlDbType.Geometry), (c.DailyPassengers, NpgsqlDbType.Integer), (c.InterviewOfficers, NpgsqlDbType.Integer));
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY geo.rat_routes (id, local_name, mode, activity, last_observed, confidence, source, nearest_crossing_id, path, is_synthetic) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in world.RatRoutes)
                await Row(w, ct, (r.Id, NpgsqlDbType.Integer), (r.LocalName, NpgsqlDbType.Varchar), ((int)r.Mode, NpgsqlDbType.Integer), ((int)r.Activity, NpgsqlDbType.Integer),
                    (r.LastObserved, NpgsqlDbType.Date), ((int)r.Confidence, NpgsqlDbType.Integer), (r.Source, NpgsqlDbType.Varchar),
                    ((object?)r.NearestCrossingId, NpgsqlDbType.Integer), (r.Path, NpgsqlDbType.Geometry), (r.IsSynthetic, NpgsqlDbType.Boolean));
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY geo.assisted_villages (id, village_code, name, regency_code, province_code, mentor_officer, launched_on, location, is_synthetic) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var v in world.Villages)
                await Row(w, ct, (v.Id, NpgsqlDbType.Integer), (v.VillageCode, NpgsqlDbType.Varchar), (v.Name, NpgsqlDbType.Varchar), (v.RegencyCode, NpgsqlDbType.Varchar),
                    (v.ProvinceCode, NpgsqlDbType.Varchar), (v.MentorOfficer, NpgsqlDbType.Varchar), (v.LaunchedOn, NpgsqlDbType.Date),
                    (v.Location, NpgsqlDbType.Geometry), (v.IsSynthetic, NpgsqlDbType.Boolean));
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync("COPY geo.outreach_sessions (id, village_id, held_on, topic, attendance) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var s in world.Villages.SelectMany(v => v.OutreachSessions))
                await Row(w, ct, (s.Id, NpgsqlDbType.Bigint), (s.VillageId, NpgsqlDbType.Integer), (s.HeldOn, NpgsqlDbType.Date), (s.Topic, NpgsqlDbType.Varchar), (s.Attendance, NpgsqlDbType.Integer));
            await w.CompleteAsync(ct);
        }
        await WriteCasesAsync(connection, world, ct);
    }

    private static async Task WriteCasesAsync(NpgsqlConnection connection, DemoWorld world, CancellationToken ct)
    {
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY geo.case_origins (id, reference, location, province_code, regency_code, village_code, reported_on, victim_count, minor_count, " +
            "modus_operandi_code, destination_country, exit_crossing_id, exit_rat_route_id, status, reporting_agency, exploitation, means_of_control, " +
            "recruiter_relation, is_synthetic) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in world.Cases)
                await Row(w, ct, (c.Id, NpgsqlDbType.Bigint), (c.Reference, NpgsqlDbType.Varchar), (c.Location, NpgsqlDbType.Geometry), (c.ProvinceCode, NpgsqlDbType.Varchar),
                    (c.RegencyCode, NpgsqlDbType.Varchar), (c.VillageCode, NpgsqlDbType.Varchar), (c.ReportedOn, NpgsqlDbType.Date), (c.VictimCount, NpgsqlDbType.Integer),
                    (c.MinorCount, NpgsqlDbType.Integer), (c.ModusOperandiCode, NpgsqlDbType.Varchar), (c.DestinationCountry, NpgsqlDbType.Char),
                    ((object?)c.ExitCrossingId, NpgsqlDbType.Integer), ((object?)c.ExitRatRouteId, NpgsqlDbType.Integer), ((int)c.Status, NpgsqlDbType.Integer),
                    (c.ReportingAgency, NpgsqlDbType.Varchar), ((int)c.Exploitation, NpgsqlDbType.Integer), ((int)c.MeansOfControl, NpgsqlDbType.Integer),
                    ((int)c.RecruiterRelation, NpgsqlDbType.Integer), (c.IsSynthetic, NpgsqlDbType.Boolean));
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync("COPY geo.case_victim_groups (case_origin_id, sex, age_group, count) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in world.Cases)
            {
                foreach (var g in c.Victims)
                    await Row(w, ct, (c.Id, NpgsqlDbType.Bigint), ((int)g.Sex, NpgsqlDbType.Integer), ((int)g.AgeGroup, NpgsqlDbType.Integer), (g.Count, NpgsqlDbType.Integer));
            }
            await w.CompleteAsync(ct);
        }
    }

    private static async Task Row(NpgsqlBinaryImporter writer, CancellationToken ct, params (object? Value, NpgsqlDbType Type)[] values)
    {
        await writer.StartRowAsync(ct);
        foreach (var (value, type) in values)
        {
            if (value is null)
                await writer.WriteNullAsync(ct);
            else
                await writer.WriteAsync(value, type, ct);
        }
    }
}
