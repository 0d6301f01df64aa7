using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Storage.Reports;

namespace Vigil.Storage.Mentions;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.ToTable("mentions");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ReportId).HasMaxLength(64);
        builder.Property(m => m.Type).HasMaxLength(32);
        builder.Property(m => m.Date).HasMaxLength(10);
        builder.Property(m => m.DateEnd).HasMaxLength(10);
        builder.Property(m => m.DateSource).HasMaxLength(12);
        builder.Property(m => m.Place).HasMaxLength(256);
        builder.Property(m => m.Admin1).HasMaxLength(256);
        builder.Property(m => m.Country).HasMaxLength(2);
        builder.Property(m => m.GeoPrecision).HasMaxLength(16);
        builder.HasOne<Report>().WithMany().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ReportId, m.Ordinal }).IsUnique();
        builder.HasIndex(m => new { m.Type, m.DateFrom });

        // No index on Admin1 (no query reads mentions by province) nor on IncidentId alone: ix_mentions_incident_report
        // (IncidentId, ReportId, made with the incident search) answers every IncidentId lookup, and each index costs every
        // mention written and every mention a clustering round moves (migration UnreadIndexes).

        // A text search finds reports, then their incidents: this index answers that step alone.
        builder.HasIndex(m => new { m.ReportId, m.IncidentId });
    }
}
