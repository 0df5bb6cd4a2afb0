using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Audit;

/// <summary>
/// The audit log, in the same database under its own schema. Rows are only ever added, through the insert-only role of
/// <see cref="AuditConnection"/>; this context migrates the schema (as the owner) and reads for the viewer.
/// </summary>
public sealed class AuditDb(DbContextOptions<AuditDb> options) : DbContext(options)
{
    public const string Schema = "audit";
    public const string MigrationsHistoryTable = "__audit_migrations";

    public DbSet<AccessEvent> AccessEvents => Set<AccessEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<AccessEvent>(e =>
        {
            e.ToTable("access_events");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.At).HasColumnName("at");
            e.Property(x => x.UserName).HasColumnName("user_name").HasMaxLength(256);
            e.Property(x => x.Agency).HasColumnName("agency").HasMaxLength(64);
            e.Property(x => x.Action).HasColumnName("action").HasMaxLength(64);
            e.Property(x => x.Resource).HasColumnName("resource").HasMaxLength(512);
            e.Property(x => x.Office).HasColumnName("office").HasMaxLength(32).HasDefaultValue("");
            e.Property(x => x.ClientAddress).HasColumnName("client_address").HasMaxLength(64).HasDefaultValue("");
            e.Property(x => x.Rows).HasColumnName("rows");
            e.Property(x => x.Outcome).HasColumnName("outcome").HasMaxLength(16).HasDefaultValue(AuditOutcome.Allowed);
            e.Property(x => x.PreviousHash).HasColumnName("previous_hash").HasMaxLength(64).IsFixedLength();
            e.Property(x => x.Hash).HasColumnName("hash").HasMaxLength(64).IsFixedLength();
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.UserName, x.At });
            e.HasIndex(x => new { x.Action, x.At });
        });
    }
}
