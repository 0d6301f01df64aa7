using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Storage.Reports;

namespace Vigil.Storage.Mentions;

internal sealed class StatementMentionConfiguration : IEntityTypeConfiguration<StatementMention>
{
    public void Configure(EntityTypeBuilder<StatementMention> builder)
    {
        builder.ToTable("statement_mentions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ReportId).HasMaxLength(64);
        builder.Property(s => s.Speaker).HasMaxLength(256);
        builder.Property(s => s.SpeakerRole).HasMaxLength(512);
        builder.Property(s => s.Date).HasMaxLength(10);
        builder.Property(s => s.Outlet).HasMaxLength(256);
        builder.HasOne<Report>().WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ReportId, s.Ordinal }).IsUnique();
        builder.HasIndex(s => s.Speaker);
        builder.HasIndex(s => s.StatementId);
        builder.Property(s => s.SpeakerKey).HasMaxLength(256);
        builder.HasIndex(s => s.SpeakerKey);
    }
}
