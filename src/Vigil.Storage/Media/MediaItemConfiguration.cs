using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<StoredMediaItem>, IEntityTypeConfiguration<MediaItemMember>
{
    public void Configure(EntityTypeBuilder<StoredMediaItem> builder)
    {
        builder.ToTable("media_items");
        builder.HasKey(i => i.Id);
        // `vigil media duplicates` lists the items of two or more files.
        builder.HasIndex(i => i.FileCount);
    }

    public void Configure(EntityTypeBuilder<MediaItemMember> builder)
    {
        builder.ToTable("media_item_files");
        builder.HasKey(m => m.EvidenceId);
        builder.Property(m => m.EvidenceId).HasMaxLength(64);
        builder.Property(m => m.MatchedEvidenceId).HasMaxLength(64);
        builder.HasIndex(m => m.MediaItemId);
        // Grouping catches up on files another process added since its index was loaded.
        builder.HasIndex(m => m.JoinedAt);
    }
}
