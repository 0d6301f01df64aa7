using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Media;

internal sealed class IncidentMediaConfiguration : IEntityTypeConfiguration<IncidentMedia>
{
    public void Configure(EntityTypeBuilder<IncidentMedia> builder)
    {
        builder.ToTable("incident_media");
        builder.HasKey(l => new { l.IncidentId, l.EvidenceId });
        builder.Property(l => l.EvidenceId).HasMaxLength(64);
        builder.Property(l => l.LinkedBy).HasMaxLength(256);
        builder.HasIndex(l => l.EvidenceId);
    }
}
