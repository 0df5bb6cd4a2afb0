using Dashboard.Geo.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class CaseOriginConfiguration : IEntityTypeConfiguration<CaseOrigin>
{
    public void Configure(EntityTypeBuilder<CaseOrigin> b)
    {
        b.ToTable("case_origins", t =>
        {
            t.HasCheckConstraint("ck_case_origins_location_valid", "ST_IsValid(location)");
            t.HasCheckConstraint("ck_case_origins_one_exit", "exit_crossing_id IS NULL OR exit_rat_route_id IS NULL");
            t.HasCheckConstraint("ck_case_origins_status", "status BETWEEN 1 AND 4");
            t.HasCheckConstraint("ck_case_origins_counts", "victim_count >= 0 AND minor_count >= 0 AND minor_count <= victim_count");
        });
        b.Property(x => x.Reference).HasMaxLength(64);
        b.HasIndex(x => new { x.ReportingAgency, x.Reference }).IsUnique();
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.RegencyCode).HasMaxLength(5);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.DestinationCountry).HasMaxLength(2).IsFixedLength();
        b.Property(x => x.ReportingAgency).HasMaxLength(64);
        b.Property(x => x.ModusOperandiCode).HasMaxLength(40);
        b.Property(x => x.RecruitmentChannel).HasMaxLength(CaseLimits.RecruitmentChannel);
        b.Property(x => x.IssuingOffice).HasMaxLength(CaseLimits.IssuingOffice);
        b.Property(x => x.IssuingNoticeAcknowledgedBy).HasMaxLength(CaseLimits.IssuingOffice * 2);
        b.HasIndex(x => x.IssuingOffice);
        b.Property(x => x.Location).HasColumnType("geometry(Point,4326)");
        b.HasIndex(x => x.Location).HasMethod("gist");
        b.HasIndex(x => x.ReportedOn);
        b.HasIndex(x => new { x.ProvinceCode, x.ReportedOn });
        b.HasOne(x => x.ModusOperandi).WithMany().HasForeignKey(x => x.ModusOperandiCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ExitCrossing).WithMany().HasForeignKey(x => x.ExitCrossingId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.ExitRatRoute).WithMany().HasForeignKey(x => x.ExitRatRouteId).OnDelete(DeleteBehavior.SetNull);
        b.OwnsMany(x => x.Victims, v =>
        {
            v.ToTable("case_victim_groups", t => t.HasCheckConstraint("ck_case_victim_groups_count", "count > 0"));
            v.WithOwner().HasForeignKey("CaseOriginId");
            v.Property<int>("Id");
            v.HasKey("Id");
        });
    }
}
