using Dashboard.Web.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Identity;

/// <summary>
/// ASP.NET Core Identity's tables, the immigration offices and the Data Protection keys (so sign-in cookies survive
/// restarts and several instances share them), in the same PostgreSQL database under their own schema.
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public const string Schema = "identity";
    public const string MigrationsHistoryTable = "__identity_migrations";

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<ApplicationUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.Property(x => x.Agency).HasMaxLength(64);
            u.Property(x => x.Office).HasMaxLength(200);
            u.Property(x => x.OfficeCode).HasMaxLength(32);
            u.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeCode).OnDelete(DeleteBehavior.Restrict);
            u.HasIndex(x => x.OfficeCode);
        });
        builder.Entity<Office>(o =>
        {
            o.ToTable("offices");
            o.HasKey(x => x.Code);
            o.Property(x => x.Code).HasMaxLength(32);
            o.Property(x => x.Name).HasMaxLength(200);
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
