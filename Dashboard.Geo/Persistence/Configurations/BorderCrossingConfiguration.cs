using Dashboard.Geo.Domain.Crossings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class BorderCrossingConfiguration : IEntityTypeConfiguration<BorderCrossing>
{
    public void Configure(EntityTypeBuilder<BorderCrossing> b)
    {
        b.ToTable("border_crossings", t => t.HasCheckConstraint("ck_border_crossings_location_valid", "ST_IsValid(location)"));
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ManagingOffice).HasMaxLength(200);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.RegencyCode).HasMaxLength(5);
        b.Property(x => x.OpeningHours).HasMaxLength(100);
        b.Property(x => x.RetiredReason).HasMaxLength(500);
        b.Property(x => x.ChangedBy).HasMaxLength(200);
        b.Property(x => x.Location).HasColumnType("geometry(Point,4326)");
        b.HasIndex(x => x.Location).HasMethod("gist");
    }
}
