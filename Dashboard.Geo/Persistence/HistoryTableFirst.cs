using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Geo.Persistence;

/// <summary>
/// Migrates a context after creating its migrations-history table if it is missing. EF reads the history before it
/// creates the table, and on a fresh database that read fails and is logged as an error: a "fail" line in every first
/// start that tells an operator nothing and hides real failures among false ones.
/// </summary>
public static class HistoryTableFirst
{
    public static async Task MigrateAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        // The provider's own script: it creates the schema and the table only where they are missing.
        await context.Database.ExecuteSqlRawAsync(context.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }
}
