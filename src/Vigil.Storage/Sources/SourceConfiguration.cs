using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Sources;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("sources");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(512);
        builder.Property(s => s.Key).HasMaxLength(512);
        builder.Property(s => s.Kind).HasMaxLength(32);
        builder.Property(s => s.Affiliation).HasMaxLength(256);
        builder.Property(s => s.Reliability).HasMaxLength(1);
        builder.HasIndex(s => s.Key).IsUnique();
    }
}
