using Dashboard.Geo.Domain.Patrols;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class PatrolConfiguration : IEntityTypeConfiguration<Patrol>
{
    public void Configure(EntityTypeBuilder<Patrol> b)
    {
        b.ToTable("patrols", t => t.HasCheckConstraint("ck_patrols_route_valid", "ST_IsValid(route)"));
        b.Property(x => x.BaseCode).HasMaxLength(32);
        b.Property(x => x.BaseName).HasMaxLength(200);
        b.Property(x => x.Team).HasMaxLength(Patrol.MaxTeamLength);
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.Property(x => x.CompletedBy).HasMaxLength(200);
        b.Property(x => x.Outcome).HasMaxLength(Patrol.MaxOutcomeLength);
        b.Property(x => x.Route).HasColumnType("geometry(LineString,4326)");
        b.OwnsMany(x => x.Waypoints, w => w.ToJson("waypoints"));
        b.HasIndex(x => new { x.PlannedFor, x.Status });
        b.HasIndex(x => x.Route).HasMethod("gist");
    }
}
