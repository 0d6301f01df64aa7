using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Incidents;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Type).HasMaxLength(32);
        builder.Property(i => i.Date).HasMaxLength(10);
        builder.Property(i => i.DateEnd).HasMaxLength(10);
        builder.Property(i => i.DateSource).HasMaxLength(12);
        builder.Property(i => i.Place).HasMaxLength(256);
        builder.Property(i => i.Admin1).HasMaxLength(256);
        builder.Property(i => i.Country).HasMaxLength(2);
        builder.Property(i => i.GeoPrecision).HasMaxLength(16);
        builder.Property(i => i.Status).HasMaxLength(16);
        // Covering indexes for the filtered lists: the page's count reads only the index, not the wide rows. The
        // id is in each, so taking out the few incidents an editor moved elsewhere (EffectiveFilter) reads it too.
        builder.HasIndex(i => new { i.Type, i.DateFrom, i.DateTo, i.Status, i.Corroboration, i.Id });
        builder.HasIndex(i => new { i.Status, i.DateFrom, i.Corroboration, i.Id });
        builder.HasIndex(i => new { i.Type, i.Admin1, i.DateFrom, i.DateTo, i.Status, i.Corroboration, i.Id });
        builder.HasIndex(i => new { i.Admin1, i.DateFrom, i.DateTo, i.Status, i.Corroboration, i.Type, i.Id });
        builder.HasIndex(i => i.DateFrom);
        builder.Property(i => i.PartOfReason).HasMaxLength(1024);
        builder.HasIndex(i => i.PartOfId);
    }
}
