using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Geo.Screening;

/// <summary>Lets `dotnet ef migrations add` build the screening model without a running database.</summary>
internal sealed class ScreeningDbDesignFactory : IDesignTimeDbContextFactory<ScreeningDb>
{
    public ScreeningDb CreateDbContext(string[] args) =>
        new((DbContextOptions<ScreeningDb>)new DbContextOptionsBuilder<ScreeningDb>().UseScreeningDatabase("Host=localhost;Database=design").Options);
}
