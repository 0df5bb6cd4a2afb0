using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Web.Audit;

/// <summary>Lets `dotnet ef migrations add` build the audit model without a running database.</summary>
internal sealed class AuditDbDesignFactory : IDesignTimeDbContextFactory<AuditDb>
{
    public AuditDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AuditDb>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(AuditDb.MigrationsHistoryTable, AuditDb.Schema))
            .Options);
}
