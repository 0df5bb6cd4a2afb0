using Dashboard.Geo.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> b)
    {
        b.ToTable("regencies", t => t.HasCheckConstraint("ck_regencies_boundary_valid", "boundary IS NULL OR ST_IsValid(boundary)"));
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Seat).HasColumnType("geometry(Point,4326)");
        b.Property(x => x.Boundary).HasColumnType("geometry(MultiPolygon,4326)");
        b.HasIndex(x => x.Boundary).HasMethod("gist");
        b.HasIndex(x => x.Seat).HasMethod("gist");
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}
