using Dashboard.Geo.Gazetteer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class GazetteerReleaseConfiguration : IEntityTypeConfiguration<GazetteerRelease>
{
    public void Configure(EntityTypeBuilder<GazetteerRelease> b)
    {
        b.ToTable("gazetteer_releases");
        b.HasKey(x => x.Version);
        b.Property(x => x.Version).HasMaxLength(32);
    }
}
