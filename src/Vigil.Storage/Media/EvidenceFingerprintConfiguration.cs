using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Media;

internal sealed class EvidenceFingerprintConfiguration : IEntityTypeConfiguration<EvidenceFingerprint>
{
    public void Configure(EntityTypeBuilder<EvidenceFingerprint> builder)
    {
        builder.ToTable("evidence_fingerprints");
        builder.HasKey(f => f.EvidenceId);
        builder.Property(f => f.EvidenceId).HasMaxLength(64);
        builder.Property(f => f.Error).HasMaxLength(512);
    }
}
