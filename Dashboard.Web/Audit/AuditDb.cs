using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Audit;

/// <summary>The access log, in the same database under its own schema; rows are only ever added.</summary>
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
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.UserName, x.At });
        });
    }
}
