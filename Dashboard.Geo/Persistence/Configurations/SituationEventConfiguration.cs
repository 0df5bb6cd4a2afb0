using Dashboard.Geo.Situation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class SituationEventConfiguration : IEntityTypeConfiguration<SituationEvent>
{
    public void Configure(EntityTypeBuilder<SituationEvent> b)
    {
        b.ToTable("situation_events");
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).UseIdentityAlwaysColumn();
        b.Property(x => x.Payload).HasColumnType("jsonb");
        b.HasIndex(x => x.At);
    }
}
