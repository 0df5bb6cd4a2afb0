using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Geo.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database.</summary>
internal sealed class GeoDbContextDesignFactory : IDesignTimeDbContextFactory<GeoDbContext>
{
    public GeoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GeoDbContext>().UseGeoDatabase("Host=localhost;Database=design").Options);
}
