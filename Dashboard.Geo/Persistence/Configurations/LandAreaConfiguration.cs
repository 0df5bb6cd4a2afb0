using Dashboard.Geo.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class LandAreaConfiguration : IEntityTypeConfiguration<LandArea>
{
    public void Configure(EntityTypeBuilder<LandArea> b)
    {
        b.ToTable("land_areas");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Outline).HasColumnType("geometry(MultiPolygon,4326)");
        b.HasIndex(x => x.Outline).HasMethod("gist");
    }
}
