using Dashboard.Geo.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class RiskRunConfiguration : IEntityTypeConfiguration<RiskRun>
{
    public void Configure(EntityTypeBuilder<RiskRun> b)
    {
        b.ToTable("risk_runs");
        b.Property(x => x.Trigger).HasMaxLength(32);
        b.Property(x => x.ModelVersion).HasMaxLength(64);
        b.Property(x => x.Parameters).HasColumnType("jsonb");
        b.Property(x => x.InputCounts).HasColumnType("jsonb");
        b.Property(x => x.StageDurations).HasColumnType("jsonb");
        b.HasIndex(x => new { x.Status, x.FinishedAt });
    }
}
