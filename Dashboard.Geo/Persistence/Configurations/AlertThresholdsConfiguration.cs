using Dashboard.Geo.Domain.WatchLists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

public sealed class AlertThresholdsConfiguration : IEntityTypeConfiguration<AlertThresholds>
{
    public void Configure(EntityTypeBuilder<AlertThresholds> b)
    {
        b.ToTable("alert_threshold_versions", t =>
        {
            t.HasCheckConstraint("ck_alert_thresholds_positive",
                "offloading_cluster_size >= 2 AND offloading_window_hours >= 1 AND rat_route_distance_km > 0 AND credible_weight > 0 AND credible_weight <= 1");
        });
        b.Property(x => x.ChangedBy).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(1000);
    }
}
