using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Web.Identity;

/// <summary>Lets `dotnet ef migrations add` build the Identity model without a running database.</summary>
internal sealed class IdentityDbDesignFactory : IDesignTimeDbContextFactory<IdentityDb>
{
    public IdentityDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityDb>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(IdentityDb.MigrationsHistoryTable, IdentityDb.Schema))
            .Options);
}
