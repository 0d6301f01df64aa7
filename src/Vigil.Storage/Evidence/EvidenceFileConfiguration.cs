using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Evidence;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.ReportId).HasMaxLength(64);
        builder.Property(e => e.FileName).HasMaxLength(1024);
        builder.Property(e => e.MediaType).HasMaxLength(128);
        builder.HasIndex(e => e.ReportId);
    }
}
