using Dashboard.Geo.Domain.RatRoutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class RatRouteConfiguration : IEntityTypeConfiguration<RatRoute>
{
    public void Configure(EntityTypeBuilder<RatRoute> b)
    {
        b.ToTable("rat_routes", t => t.HasCheckConstraint("ck_rat_routes_path_valid", "ST_IsValid(path)"));
        b.Property(x => x.LocalName).HasMaxLength(RatRoute.MaxNameLength);
        b.Property(x => x.Source).HasMaxLength(RatRoute.MaxNameLength);
        b.Property(x => x.Path).HasColumnType("geometry(LineString,4326)");
        b.HasIndex(x => x.Path).HasMethod("gist");
        b.HasOne(x => x.NearestCrossing).WithMany().HasForeignKey(x => x.NearestCrossingId).OnDelete(DeleteBehavior.SetNull);
    }
}
