using Dashboard.Testing;
using Dashboard.Web.Audit;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Dashboard.Web.Tests.Audit;

/// <summary>
/// The audit log against a real PostgreSQL: written through the insert-only writer role, append-only even for the
/// schema's owner, and chained so that the verifier finds a line a superuser changed behind the app's back.
/// </summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task TheWriterRole_MayInsertAndSelect_ButPostgresRefusesItsUpdateDeleteAndTruncate()
    {
        await using var database = await PostgisDatabase.CreateAsync();
        await using var audit = await MigratedAsync(database);
        var line = await Log(audit).WriteAsync(Line("petugas", "map.cases.details", "case 1"), CancellationToken.None);

        await using var writer = await audit.DataSource.OpenConnectionAsync();
        Assert.Equal(AuditConnection.WriterRole, await ScalarAsync<string>(writer, "SELECT current_user"));
        Assert.Equal(1L, await ScalarAsync<long>(writer, $"SELECT count(*) FROM audit.access_events WHERE id = {line.Id}"));
        foreach (var sql in new[]
        {
            $"UPDATE audit.access_events SET resource = 'case 2' WHERE id = {line.Id}",
            $"DELETE FROM audit.access_events WHERE id = {line.Id}",
            "TRUNCATE audit.access_events",
        })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(writer, sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
        Assert.Equal("case 1", await ScalarAsync<string>(writer, $"SELECT resource FROM audit.access_events WHERE id = {line.Id}"));
    }

    [Fact]
    public async Task TheOwnersConnection_CannotRewriteOrDeleteLinesEither()
    {
        await using var database = await PostgisDatabase.CreateAsync();
        await using var audit = await MigratedAsync(database);
        var line = await Log(audit).WriteAsync(Line("analis", "alert.details.read", "alert 7"), CancellationToken.None);

        await using var owner = new NpgsqlConnection(database.ConnectionString);
        await owner.OpenAsync();
        var update = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(owner, $"UPDATE audit.access_events SET user_name = 'x' WHERE id = {line.Id}"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(owner, $"DELETE FROM audit.access_events WHERE id = {line.Id}"));
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(owner, "TRUNCATE audit.access_events"));

        Assert.All([update, delete, truncate], e => Assert.Contains("append-only", e.MessageText));
    }

    [Fact]
    public async Task EachLine_IsChainedToThePreviousOne_AndTheVerifierSaysOk()
    {
        await using var database = await PostgisDatabase.CreateAsync();
        await using var audit = await MigratedAsync(database);
        var log = Log(audit);

        // Two writers at once, as two app instances would be: the advisory lock keeps the chain one line long.
        var lines = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => log.WriteAsync(Line($"user{i}", "map.cases.read", $"cases {i}"), CancellationToken.None)));

        var ordered = lines.OrderBy(l => l.Id).ToList();
        Assert.Equal(AuditChain.Genesis, ordered[0].PreviousHash);
        for (var i = 1; i < ordered.Count; i++)
            Assert.Equal(ordered[i - 1].Hash, ordered[i].PreviousHash);
        var verification = await new AuditVerifier(audit).VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, verification.Describe());
        Assert.Equal(12, verification.Checked);
    }

    [Fact]
    public async Task ALineChangedByASuperuser_WithTheTriggersBypassed_IsTheFirstBrokenLine()
    {
        await using var database = await PostgisDatabase.CreateAsync();
        await using var audit = await MigratedAsync(database);
        var log = Log(audit);
        var first = await log.WriteAsync(Line("analis", "alert.details.read", "alert 1"), CancellationToken.None);
        var second = await log.WriteAsync(Line("timpora.polri", "export.briefing.csv", "briefing-61.csv"), CancellationToken.None);
        await log.WriteAsync(Line("admin", "account.create", "user baru"), CancellationToken.None);

        await using (var superuser = new NpgsqlConnection(database.ConnectionString))
        {
            await superuser.OpenAsync();
            // A superuser can switch the triggers off for the session; the rows' own hashes still give them away.
            await ExecuteAsync(superuser, $"SET session_replication_role = replica; UPDATE audit.access_events SET user_name = 'someone.else' WHERE id = {second.Id}");
        }

        var verification = await new AuditVerifier(audit).VerifyAsync(CancellationToken.None);
        Assert.False(verification.Intact);
        Assert.Equal(second.Id, verification.BrokenAt);
        Assert.Equal(AuditVerification.Content, verification.Problem);
        Assert.Equal(1, verification.Checked);
        Assert.NotEqual(first.Id, verification.BrokenAt);
    }

    [Fact]
    public async Task ALineDeletedByASuperuser_BreaksTheLinkOfTheNextLine()
    {
        await using var database = await PostgisDatabase.CreateAsync();
        await using var audit = await MigratedAsync(database);
        var log = Log(audit);
        await log.WriteAsync(Line("analis", "a", "1"), CancellationToken.None);
        var removed = await log.WriteAsync(Line("analis", "b", "2"), CancellationToken.None);
        var next = await log.WriteAsync(Line("analis", "c", "3"), CancellationToken.None);

        await using (var superuser = new NpgsqlConnection(database.ConnectionString))
        {
            await superuser.OpenAsync();
            await ExecuteAsync(superuser, $"SET session_replication_role = replica; DELETE FROM audit.access_events WHERE id = {removed.Id}");
        }

        var verification = await new AuditVerifier(audit).VerifyAsync(CancellationToken.None);
        Assert.Equal(next.Id, verification.BrokenAt);
        Assert.Equal(AuditVerification.Link, verification.Problem);
    }

    [Fact]
    public async Task LinesWrittenBeforeTheChain_AreSealedAtStartUp_InIdOrder()
    {
        await using var database = await PostgisDatabase.CreateAsync();
        await using var audit = await MigratedAsync(database);
        await using (var superuser = new NpgsqlConnection(database.ConnectionString))
        {
            await superuser.OpenAsync();
            // As the app wrote them before this release: no hash, no outcome of their own.
            await ExecuteAsync(superuser, """
                INSERT INTO audit.access_events (at, user_name, agency, action, resource) VALUES
                    ('2026-11-30T01:02:03.123456Z', 'analis', 'Imigrasi', 'map.cases.read', 'cases zoom=11'),
                    ('2026-11-30T01:02:04Z', 'admin', 'Imigrasi', 'account.create', 'user x')
                """);
        }
        Assert.Equal(AuditVerification.NoHash, (await new AuditVerifier(audit).VerifyAsync(CancellationToken.None)).Problem);

        await AuditSchema.MigrateAsync(audit);
        await Log(audit).WriteAsync(Line("analis", "alert.details.read", "alert 3"), CancellationToken.None);

        var verification = await new AuditVerifier(audit).VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, verification.Describe());
        Assert.Equal(3, verification.Checked);
    }

    private static async Task<AuditConnection> MigratedAsync(PostgisDatabase database)
    {
        var audit = new AuditConnection(AuditConnection.AsWriter(database.ConnectionString), database.ConnectionString);
        await AuditSchema.MigrateAsync(audit);
        return audit;
    }

    private static AccessLog Log(AuditConnection audit) => new(audit, TimeProvider.System, new HttpContextAccessor());

    private static AccessEvent Line(string user, string action, string resource) => new()
    {
        UserName = user, Agency = DashboardClaims.Immigration, Office = "KANIM-BTM", ClientAddress = "10.0.0.7",
        Action = action, Resource = resource, Rows = 1, Outcome = AuditOutcome.Allowed,
    };

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
