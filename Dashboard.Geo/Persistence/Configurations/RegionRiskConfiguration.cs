using Dashboard.Geo.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class RegionRiskConfiguration : IEntityTypeConfiguration<RegionRisk>
{
    public void Configure(EntityTypeBuilder<RegionRisk> b)
    {
        b.ToTable("region_risks");
        b.HasKey(x => new { x.RunId, x.Level, x.Code });
        b.Property(x => x.Level).HasMaxLength(16);
        b.Property(x => x.Code).HasMaxLength(5);
        b.HasOne<RiskRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
