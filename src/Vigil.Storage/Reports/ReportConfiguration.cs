using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Reports;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.FileName).HasMaxLength(1024);
        builder.Property(r => r.Format).HasMaxLength(16);
        builder.Property(r => r.Language).HasMaxLength(16);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Users.User>().WithMany().HasForeignKey(r => r.SubmitterId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.SubmitterId);
        builder.HasIndex(r => r.IngestedAt);

        // Published is indexed with IngestedAt (migration ReportListOrder), which answers every Published filter and order.
    }
}
