using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Statements;

internal sealed class SpeakerConfiguration : IEntityTypeConfiguration<Speaker>
{
    public void Configure(EntityTypeBuilder<Speaker> builder)
    {
        builder.ToTable("speakers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Key).HasMaxLength(256);
        builder.Property(s => s.Name).HasMaxLength(256);
        builder.HasIndex(s => s.Key).IsUnique();
    }
}
