using Dashboard.Geo.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class CaseChangeConfiguration : IEntityTypeConfiguration<CaseChange>
{
    public void Configure(EntityTypeBuilder<CaseChange> b)
    {
        b.ToTable("case_changes");
        b.Property(x => x.UserId).HasMaxLength(64);
        b.Property(x => x.UserName).HasMaxLength(128);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasIndex(x => new { x.CaseOriginId, x.At });
        b.HasOne<CaseOrigin>().WithMany().HasForeignKey(x => x.CaseOriginId).OnDelete(DeleteBehavior.Cascade);
    }
}
