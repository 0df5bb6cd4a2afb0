using Dashboard.Geo.Domain.Travel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class TravelWayConfiguration : IEntityTypeConfiguration<TravelWay>
{
    public void Configure(EntityTypeBuilder<TravelWay> b)
    {
        b.ToTable("travel_ways", t => t.HasCheckConstraint("ck_travel_ways_path_valid", "ST_IsValid(path)"));
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Source).HasMaxLength(200);
        b.Property(x => x.Path).HasColumnType("geometry(LineString,4326)");
        b.HasIndex(x => x.Path).HasMethod("gist");
    }
}
