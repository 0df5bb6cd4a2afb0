using Dashboard.Geo.Domain.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class VillageMentorshipConfiguration : IEntityTypeConfiguration<VillageMentorship>
{
    public void Configure(EntityTypeBuilder<VillageMentorship> b)
    {
        b.ToTable("village_mentorships");
        b.Property(x => x.MentorUserId).HasMaxLength(450);
        b.Property(x => x.MentorName).HasMaxLength(200);
        b.Property(x => x.AssignedBy).HasMaxLength(200);
        b.HasIndex(x => new { x.VillageId, x.From });
    }
}
