using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Identity;

/// <summary>ASP.NET Core Identity's tables, in the same PostgreSQL database under their own schema.</summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : IdentityDbContext<ApplicationUser>(options)
{
    public const string Schema = "identity";
    public const string MigrationsHistoryTable = "__identity_migrations";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<ApplicationUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.Property(x => x.Agency).HasMaxLength(64);
            u.Property(x => x.Office).HasMaxLength(200);
        });
    }
}
