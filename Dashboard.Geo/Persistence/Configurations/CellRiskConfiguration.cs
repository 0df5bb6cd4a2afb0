using Dashboard.Geo.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class CellRiskConfiguration : IEntityTypeConfiguration<CellRisk>
{
    public void Configure(EntityTypeBuilder<CellRisk> b)
    {
        b.ToTable("cell_risks");
        b.HasKey(x => new { x.RunId, x.CellId });
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.RegencyCode).HasMaxLength(5);
        b.HasOne<RiskRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
