using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Mentions;

internal sealed class MentionBlockConfiguration : IEntityTypeConfiguration<MentionBlock>
{
    public void Configure(EntityTypeBuilder<MentionBlock> builder)
    {
        builder.ToTable("mention_blocks");
        builder.HasKey(b => new { b.Key, b.MentionId });
        builder.Property(b => b.Key).HasMaxLength(128);
        builder.HasOne<Mention>().WithMany().HasForeignKey(b => b.MentionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.MentionId);
    }
}
