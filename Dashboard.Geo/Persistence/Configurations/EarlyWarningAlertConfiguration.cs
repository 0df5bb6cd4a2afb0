using Dashboard.Geo.Domain.EarlyWarning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class EarlyWarningAlertConfiguration : IEntityTypeConfiguration<EarlyWarningAlert>
{
    public void Configure(EntityTypeBuilder<EarlyWarningAlert> b)
    {
        b.ToTable("early_warning_alerts");
        b.Property(x => x.AreaCode).HasMaxLength(16);
        b.Property(x => x.AreaName).HasMaxLength(100);
        b.Property(x => x.Stream).HasMaxLength(16);
        b.Property(x => x.Evidence).HasColumnType("jsonb");
        // One alert per area, stream and week, so re-running the detector never duplicates.
        b.HasIndex(x => new { x.AreaCode, x.Stream, x.WeekStart }).IsUnique();
        b.HasIndex(x => x.RaisedAt);
    }
}
