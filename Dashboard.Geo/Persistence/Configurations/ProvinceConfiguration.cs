using Dashboard.Geo.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.ToTable("provinces", t => t.HasCheckConstraint("ck_provinces_boundary_valid", "boundary IS NULL OR ST_IsValid(boundary)"));
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Seat).HasColumnType("geometry(Point,4326)");
        b.Property(x => x.Boundary).HasColumnType("geometry(MultiPolygon,4326)");
        b.HasIndex(x => x.Boundary).HasMethod("gist");
    }
}
