using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Storage.Reports;

namespace Vigil.Storage.Extractions;

internal sealed class ReportExtractionConfiguration : IEntityTypeConfiguration<ReportExtraction>
{
    public void Configure(EntityTypeBuilder<ReportExtraction> builder)
    {
        builder.ToTable("report_extractions");
        builder.HasKey(e => e.ReportId);
        builder.Property(e => e.ReportId).HasMaxLength(64);
        builder.Property(e => e.PipelineVersion).HasMaxLength(32);
        builder.HasOne<Report>().WithOne().HasForeignKey<ReportExtraction>(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.PipelineVersion);
    }
}
