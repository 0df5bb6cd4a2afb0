using Dashboard.Geo.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class GridCellConfiguration : IEntityTypeConfiguration<GridCell>
{
    public void Configure(EntityTypeBuilder<GridCell> b)
    {
        b.ToTable("grid_cells");
        b.HasKey(x => new { x.EdgeMetres, x.Id });
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Boundary).HasColumnType("geometry(Polygon,4326)");
        b.Property(x => x.Centre).HasColumnType("geometry(Point,4326)");
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.RegencyCode).HasMaxLength(5);
        b.HasIndex(x => x.Boundary).HasMethod("gist");
        b.HasIndex(x => x.Centre).HasMethod("gist");
    }
}
