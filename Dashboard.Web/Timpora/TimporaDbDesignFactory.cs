using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Web.Timpora;

/// <summary>Lets `dotnet ef migrations add` build the TIMPORA model without a running database.</summary>
internal sealed class TimporaDbDesignFactory : IDesignTimeDbContextFactory<TimporaDb>
{
    public TimporaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TimporaDb>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(TimporaDb.MigrationsHistoryTable, TimporaDb.Schema))
            .Options);
}
