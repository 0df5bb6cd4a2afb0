using Dashboard.Geo.Domain.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("alerts", t => t.HasCheckConstraint("ck_alerts_location_valid", "ST_IsValid(location)"));
        b.Property(x => x.SubjectKey).HasMaxLength(100);
        b.Property(x => x.SubjectName).HasMaxLength(200);
        b.Property(x => x.ProvinceCode).HasMaxLength(16);
        b.Property(x => x.RegionName).HasMaxLength(100);
        b.Property(x => x.AssignedTo).HasMaxLength(AlertLifecycle.MaxAssigneeLength);
        b.Property(x => x.HandledBy).HasMaxLength(200);
        b.Property(x => x.Resolution).HasMaxLength(AlertLifecycle.MaxNoteLength);
        b.Property(x => x.Location).HasColumnType("geometry(Point,4326)");
        b.OwnsMany(x => x.Evidence, e => e.ToJson("evidence"));
        // A rule raises one alert per subject while it is open; a closed one may be followed by a new one.
        b.HasIndex(x => new { x.Rule, x.SubjectKey }).IsUnique().HasFilter("status IN (1, 2, 3)");
        b.HasIndex(x => new { x.Status, x.RaisedAt });
        b.HasIndex(x => x.Location).HasMethod("gist");
        b.HasMany(x => x.Activities).WithOne().HasForeignKey(a => a.AlertId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsOpen);
    }
}
