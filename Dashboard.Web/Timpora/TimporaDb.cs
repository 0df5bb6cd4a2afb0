using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Timpora;

/// <summary>
/// TIMPORA coordination (memberships, warnings and requests, meetings and their action items), in the same database under its own schema and migration history, so
/// its migrations never meet the geodata's.
/// </summary>
public sealed class TimporaDb(DbContextOptions<TimporaDb> options) : DbContext(options)
{
    public const string Schema = "timpora";
    public const string MigrationsHistoryTable = "__timpora_migrations";

    public DbSet<TimporaMember> Members => Set<TimporaMember>();
    public DbSet<TimporaMessage> Messages => Set<TimporaMessage>();
    public DbSet<TimporaMeeting> Meetings => Set<TimporaMeeting>();
    public DbSet<TimporaDecision> Decisions => Set<TimporaDecision>();
    public DbSet<TimporaActionItem> ActionItems => Set<TimporaActionItem>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<TimporaMember>(m =>
        {
            m.ToTable("members");
            m.HasKey(x => x.Id);
            m.Property(x => x.UserName).HasMaxLength(TimporaMember.UserNameLength);
            m.Property(x => x.Agency).HasMaxLength(64);
            m.Property(x => x.AreaCode).HasMaxLength(5);
            m.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            m.Property(x => x.AssignedBy).HasMaxLength(256);
            // One TIMPORA per person: the area decides everything they may see.
            m.HasIndex(x => x.UserName).IsUnique();
            m.HasIndex(x => x.AreaCode);
        });
        builder.Entity<TimporaMessage>(m =>
        {
            m.ToTable("messages");
            m.HasKey(x => x.Id);
            m.Property(x => x.AreaCode).HasMaxLength(5);
            m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            m.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            m.Property(x => x.Category).HasMaxLength(32);
            m.Property(x => x.PlaceCode).HasMaxLength(13);
            m.Property(x => x.Grade).HasMaxLength(2);
            m.Property(x => x.Text).HasMaxLength(TimporaMessage.TextLength);
            m.Property(x => x.Answer).HasMaxLength(TimporaMessage.TextLength);
            m.Property(x => x.SentBy).HasMaxLength(TimporaMember.UserNameLength);
            m.Property(x => x.SenderAgency).HasMaxLength(64);
            m.Property(x => x.AcknowledgedBy).HasMaxLength(TimporaMember.UserNameLength);
            m.Property(x => x.AnsweredBy).HasMaxLength(TimporaMember.UserNameLength);
            m.Property(x => x.AnswererAgency).HasMaxLength(64);
            m.HasIndex(x => new { x.AreaCode, x.SentAt });
            // A submission the sender's phone sends twice (a retry after a lost answer) is one message.
            m.HasIndex(x => new { x.SentBy, x.ClientKey }).IsUnique().HasFilter("\"ClientKey\" IS NOT NULL");
        });
        builder.Entity<TimporaMeeting>(m =>
        {
            m.ToTable("meetings");
            m.HasKey(x => x.Id);
            m.Property(x => x.AreaCode).HasMaxLength(5);
            m.Property(x => x.Place).HasMaxLength(200);
            m.Property(x => x.Minutes).HasMaxLength(20_000);
            m.Property(x => x.Briefing).HasColumnType("jsonb");
            m.Property(x => x.OpenedBy).HasMaxLength(TimporaMember.UserNameLength);
            m.HasIndex(x => new { x.AreaCode, x.HeldOn });
            m.HasIndex(x => new { x.OpenedBy, x.ClientKey }).IsUnique().HasFilter("\"ClientKey\" IS NOT NULL");
            m.HasMany(x => x.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
            m.HasMany(x => x.ActionItems).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<TimporaDecision>(d =>
        {
            d.ToTable("decisions");
            d.HasKey(x => x.Id);
            d.Property(x => x.Text).HasMaxLength(TimporaMessage.TextLength);
            d.Property(x => x.RecordedBy).HasMaxLength(TimporaMember.UserNameLength);
        });
        builder.Entity<TimporaActionItem>(a =>
        {
            a.ToTable("action_items");
            a.HasKey(x => x.Id);
            a.Property(x => x.AreaCode).HasMaxLength(5);
            a.Property(x => x.Text).HasMaxLength(TimporaMessage.TextLength);
            a.Property(x => x.Owner).HasMaxLength(TimporaMember.UserNameLength);
            a.Property(x => x.OwnerAgency).HasMaxLength(64);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.DoneBy).HasMaxLength(TimporaMember.UserNameLength);
            a.HasIndex(x => x.Owner);
            a.HasIndex(x => new { x.AreaCode, x.DueOn });
        });
    }
}
