using Dashboard.Geo.Gazetteer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class GazetteerAreaConfiguration : IEntityTypeConfiguration<GazetteerArea>
{
    public void Configure(EntityTypeBuilder<GazetteerArea> b)
    {
        b.ToTable("gazetteer_areas");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ParentCode).HasMaxLength(16);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.FirstRelease).HasMaxLength(32);
        b.Property(x => x.RetiredInRelease).HasMaxLength(32);
        b.Property(x => x.Location).HasColumnType("geometry(Point,4326)");
        b.HasIndex(x => new { x.Level, x.Name });
        b.HasIndex(x => x.ParentCode);
        b.HasIndex(x => x.Code).HasOperators("text_pattern_ops").HasDatabaseName("ix_gazetteer_areas_code_prefix");
    }
}
