using Dashboard.Geo.Domain.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class AssistedVillageConfiguration : IEntityTypeConfiguration<AssistedVillage>
{
    public void Configure(EntityTypeBuilder<AssistedVillage> b)
    {
        b.ToTable("assisted_villages", t => t.HasCheckConstraint("ck_assisted_villages_location_valid", "ST_IsValid(location)"));
        b.HasIndex(x => x.VillageCode).IsUnique();
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.RegencyCode).HasMaxLength(5);
        b.Property(x => x.MentorOfficer).HasMaxLength(200);
        b.Property(x => x.DistrictCode).HasMaxLength(8);
        b.Property(x => x.MentorUserId).HasMaxLength(450);
        b.Property(x => x.DecreeNumber).HasMaxLength(100);
        b.Property(x => x.RetiredReason).HasMaxLength(500);
        b.HasMany(x => x.Mentorships).WithOne().HasForeignKey(m => m.VillageId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Location).HasColumnType("geometry(Point,4326)");
        b.HasIndex(x => x.Location).HasMethod("gist");
        b.HasMany(x => x.OutreachSessions).WithOne().HasForeignKey(s => s.VillageId).OnDelete(DeleteBehavior.Cascade);
    }
}
