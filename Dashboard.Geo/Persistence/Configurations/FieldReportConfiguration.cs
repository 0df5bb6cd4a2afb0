using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Domain.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class FieldReportConfiguration : IEntityTypeConfiguration<FieldReport>
{
    public void Configure(EntityTypeBuilder<FieldReport> b)
    {
        b.ToTable("field_reports", t =>
        {
            t.HasCheckConstraint("ck_field_reports_location_valid", "ST_IsValid(location)");
            t.HasCheckConstraint("ck_field_reports_grading", "source_reliability IN ('A','B','C','D','E','F') AND information_credibility BETWEEN 1 AND 6");
        });
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.Property(x => x.IdempotencyKey).HasMaxLength(FieldReportLimits.IdempotencyKey);
        b.Property(x => x.Category).HasMaxLength(FieldReportLimits.Category);
        b.Property(x => x.Text).HasMaxLength(FieldReportLimits.Text);
        b.Property(x => x.ReportingOfficer).HasMaxLength(FieldReportLimits.ReportingOfficer);
        b.Property(x => x.Agency).HasMaxLength(FieldReportLimits.Agency);
        b.Property(x => x.SubmittedBy).HasMaxLength(FieldReportLimits.SubmittedBy);
        b.HasIndex(x => x.SubmittedBy);
        b.Property(x => x.Profile).HasMaxLength(FieldReportLimits.Profile);
        b.Property(x => x.SuspectedModusCode).HasMaxLength(FieldReportLimits.SuspectedModusCode);
        b.Property(x => x.IntendedDestination).HasMaxLength(2).IsFixedLength();
        b.Property(x => x.SourceReliability).HasColumnType("character(1)");
        b.Property(x => x.Location).HasColumnType("geometry(Point,4326)");
        b.HasIndex(x => x.Location).HasMethod("gist");
        b.HasIndex(x => x.ObservedAt);
        b.Ignore(x => x.CredibilityWeight);
        b.HasOne<ModusOperandi>().WithMany().HasForeignKey(x => x.SuspectedModusCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BorderCrossing>().WithMany().HasForeignKey(x => x.CrossingId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AssistedVillage>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<RatRoute>().WithMany().HasForeignKey(x => x.RatRouteId).OnDelete(DeleteBehavior.SetNull);
    }
}
