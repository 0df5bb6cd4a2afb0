using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Timpora;

/// <summary>
/// TIMPORA coordination (memberships first), in the same database under its own schema and migration history, so
/// its migrations never meet the geodata's.
/// </summary>
public sealed class TimporaDb(DbContextOptions<TimporaDb> options) : DbContext(options)
{
    public const string Schema = "timpora";
    public const string MigrationsHistoryTable = "__timpora_migrations";

    public DbSet<TimporaMember> Members => Set<TimporaMember>();

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
    }
}
