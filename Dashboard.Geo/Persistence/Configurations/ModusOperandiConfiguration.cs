using Dashboard.Geo.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Geo.Persistence.Configurations;

internal sealed class ModusOperandiConfiguration : IEntityTypeConfiguration<ModusOperandi>
{
    public void Configure(EntityTypeBuilder<ModusOperandi> b)
    {
        b.ToTable("modi_operandi");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.NameId).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.HasData(ModusOperandiCatalogue.All);
    }
}
