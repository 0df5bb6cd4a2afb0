using Dashboard.Geo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Screening;

/// <summary>
/// Screenings, protection records, the service directory and referrals, in the same database under their own schema
/// and migration history, so their migrations never meet the geodata's.
/// </summary>
public sealed class ScreeningDb(DbContextOptions<ScreeningDb> options) : DbContext(options)
{
    public const string Schema = "screening";
    public const string MigrationsHistoryTable = "__screening_migrations";

    public DbSet<CheckpointScreening> Screenings => Set<CheckpointScreening>();
    public DbSet<ProtectionRecord> ProtectionRecords => Set<ProtectionRecord>();
    public DbSet<VictimService> Services => Set<VictimService>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<PassportInterview> Interviews => Set<PassportInterview>();
    public DbSet<RepeatApplicantAlert> RepeatApplicantAlerts => Set<RepeatApplicantAlert>();
    public DbSet<Repatriation> Repatriations => Set<Repatriation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<CheckpointScreening>(s =>
        {
            s.ToTable("screenings");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.CrossingCode).HasMaxLength(32);
            s.Property(x => x.OfficeCode).HasMaxLength(32);
            s.Property(x => x.AgeGroup).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            s.PrimitiveCollection(x => x.Documents).ElementType().HasConversion<string>();
            s.Property(x => x.StatedPurpose).HasConversion<string>().HasMaxLength(24);
            s.Property(x => x.SuspectedPurpose).HasConversion<string>().HasMaxLength(24);
            s.Property(x => x.Modus).HasConversion<string>().HasMaxLength(32);
            s.Property(x => x.DestinationCountry).HasMaxLength(2).IsFixedLength();
            s.PrimitiveCollection(x => x.Indicators).ElementType().HasConversion<string>();
            s.Property(x => x.Disposition).HasConversion<string>().HasMaxLength(32);
            s.Property(x => x.RecordedBy).HasMaxLength(256);
            s.Property(x => x.RecordedByName).HasMaxLength(256);
            s.HasIndex(x => new { x.OfficeCode, x.ScreenedAt });
            s.HasIndex(x => new { x.CrossingCode, x.ScreenedAt });
        });
        builder.Entity<ProtectionRecord>(p =>
        {
            p.ToTable("protection_records");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            // One protection record per screened person: a second "open" of the same screening finds the first.
            p.HasIndex(x => x.ScreeningId).IsUnique();
            p.HasOne(x => x.Screening).WithMany().HasForeignKey(x => x.ScreeningId).OnDelete(DeleteBehavior.Restrict);
            p.Property(x => x.OfficeCode).HasMaxLength(32);
            p.PrimitiveCollection(x => x.Indicators).ElementType().HasConversion<string>();
            p.Property(x => x.Consent).HasConversion<string>().HasMaxLength(16);
            p.Property(x => x.OpenedBy).HasMaxLength(256);
            p.Property(x => x.OpenedByName).HasMaxLength(256);
            p.ToTable(t => t.HasCheckConstraint("ck_protection_no_administrative_action", "no_administrative_action"));
        });
        builder.Entity<VictimService>(v =>
        {
            v.ToTable("services");
            v.HasKey(x => x.Id);
            v.Property(x => x.Name).HasMaxLength(200);
            v.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            v.Property(x => x.RegionCode).HasMaxLength(5);
            v.Property(x => x.Contact).HasMaxLength(300);
            v.Property(x => x.Agency).HasMaxLength(64);
            v.Property(x => x.ChangedBy).HasMaxLength(256);
            v.HasIndex(x => x.Agency);
        });
        builder.Entity<Referral>(r =>
        {
            r.ToTable("referrals");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.HasOne(x => x.ProtectionRecord).WithMany(p => p.Referrals).HasForeignKey(x => x.ProtectionRecordId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
            r.Property(x => x.Reason).HasMaxLength(1000);
            r.Property(x => x.ReferredBy).HasMaxLength(256);
            r.Property(x => x.ReferredByName).HasMaxLength(256);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            r.Property(x => x.AnsweredBy).HasMaxLength(256);
            r.Property(x => x.AnsweredByName).HasMaxLength(256);
            r.Property(x => x.AnsweredByAgency).HasMaxLength(64);
            r.Property(x => x.AnswerReason).HasMaxLength(1000);
            r.HasIndex(x => new { x.Status, x.ReferredAt });
        });
        builder.Entity<PassportInterview>(i =>
        {
            i.ToTable("passport_interviews");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.OfficeCode).HasMaxLength(32);
            i.Property(x => x.IdentityHash).HasMaxLength(64).IsFixedLength();
            i.Property(x => x.AgeGroup).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            i.Property(x => x.Modus).HasConversion<string>().HasMaxLength(32);
            i.Property(x => x.DestinationCountry).HasMaxLength(2).IsFixedLength();
            i.PrimitiveCollection(x => x.Indicators).ElementType().HasConversion<string>();
            i.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(24);
            i.Property(x => x.RecordedBy).HasMaxLength(256);
            i.Property(x => x.RecordedByName).HasMaxLength(256);
            i.HasIndex(x => new { x.IdentityHash, x.InterviewedAt });
        });
        builder.Entity<RepeatApplicantAlert>(a =>
        {
            a.ToTable("repeat_applicant_alerts");
            a.HasKey(x => x.Id);
            a.Property(x => x.RefusingOffice).HasMaxLength(32);
            a.Property(x => x.LaterOffice).HasMaxLength(32);
            a.HasIndex(x => new { x.RefusedInterviewId, x.LaterInterviewId }).IsUnique();
            a.HasIndex(x => x.RefusingOffice);
            a.HasIndex(x => x.LaterOffice);
        });
        builder.Entity<Repatriation>(r =>
        {
            r.ToTable("repatriations");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.OfficeCode).HasMaxLength(32);
            r.Property(x => x.AgeGroup).HasConversion<string>().HasMaxLength(16);
            r.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            r.Property(x => x.FromCountry).HasMaxLength(2).IsFixedLength();
            r.Property(x => x.Mission).HasMaxLength(Repatriation.MaxMission);
            r.Property(x => x.ArrivalCrossingCode).HasMaxLength(32);
            r.Property(x => x.IssuingOfficeCode).HasMaxLength(32);
            r.Property(x => x.NoticeAcknowledgedBy).HasMaxLength(256);
            r.Property(x => x.HandOverKind).HasConversion<string>().HasMaxLength(16);
            r.HasOne(x => x.HandOverService).WithMany().HasForeignKey(x => x.HandOverServiceId).OnDelete(DeleteBehavior.Restrict);
            r.Property(x => x.HandedOverBy).HasMaxLength(256);
            r.Property(x => x.HandOverNote).HasMaxLength(Repatriation.MaxNote);
            r.Property(x => x.RecordedBy).HasMaxLength(256);
            r.Property(x => x.RecordedByName).HasMaxLength(256);
            r.ToTable(t => t.HasCheckConstraint("ck_repatriation_group_size", $"group_size between 1 and {Repatriation.MaxGroupSize}"));
            r.HasIndex(x => new { x.OfficeCode, x.ArrivalAt });
            r.HasIndex(x => x.IssuingOfficeCode);
        });
        SnakeCaseNames.Apply(builder);
    }
}
