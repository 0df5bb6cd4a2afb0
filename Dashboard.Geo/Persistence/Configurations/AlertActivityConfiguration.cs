using Dashboard.Geo.Domain.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class AlertActivityConfiguration : IEntityTypeConfiguration<AlertActivity>
{
    public void Configure(EntityTypeBuilder<AlertActivity> b)
    {
        b.ToTable("alert_activities");
        b.Property(x => x.Actor).HasMaxLength(200);
        b.Property(x => x.ActorAgency).HasMaxLength(64);
        b.Property(x => x.Note).HasMaxLength(AlertLifecycle.MaxNoteLength);
        b.Property(x => x.AssignedTo).HasMaxLength(AlertLifecycle.MaxAssigneeLength);
        b.HasIndex(x => new { x.AlertId, x.At });
    }
}
