using Dashboard.Geo.Domain.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class OutreachSessionConfiguration : IEntityTypeConfiguration<OutreachSession>
{
    public void Configure(EntityTypeBuilder<OutreachSession> b)
    {
        b.ToTable("outreach_sessions", t => t.HasCheckConstraint("ck_outreach_sessions_attendance", "attendance >= 0"));
        b.Property(x => x.Topic).HasMaxLength(300);
        b.Property(x => x.TopicOther).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.LoggedBy).HasMaxLength(200);
        b.HasIndex(x => new { x.VillageId, x.HeldOn });
    }
}
