using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;

namespace Vigil.Storage.Persons;

internal sealed class PersonMentionConfiguration : IEntityTypeConfiguration<PersonMention>
{
    public void Configure(EntityTypeBuilder<PersonMention> builder)
    {
        builder.ToTable("person_mentions");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ReportId).HasMaxLength(64);
        builder.Property(m => m.Name).HasMaxLength(256);
        builder.Property(m => m.NameKey).HasMaxLength(256);
        builder.Property(m => m.Gender).HasMaxLength(8);
        builder.Property(m => m.Fate).HasMaxLength(16);
        builder.Property(m => m.Date).HasMaxLength(10);
        builder.Property(m => m.Place).HasMaxLength(256);
        builder.Property(m => m.Admin1).HasMaxLength(256);
        builder.Property(m => m.Country).HasMaxLength(2);
        builder.Property(m => m.LinkReason).HasMaxLength(512);
        builder.HasOne<Report>().WithMany().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mention>().WithMany().HasForeignKey(m => m.MentionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.ReportId, m.Ordinal }).IsUnique();
        builder.HasIndex(m => m.NameKey);
        builder.HasIndex(m => m.PersonId);
        builder.HasIndex(m => m.MentionId);
    }
}
