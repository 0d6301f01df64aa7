using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Persons;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("persons");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Key).HasMaxLength(256);
        builder.Property(p => p.Name).HasMaxLength(256);
        builder.Property(p => p.NameLocal).HasMaxLength(256);
        builder.Property(p => p.Gender).HasMaxLength(8);
        builder.Property(p => p.Fates).HasMaxLength(256);
        builder.Property(p => p.Admin1).HasMaxLength(256);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.HasIndex(p => p.Key);

        // Each list walks an index in its own order (latest fate first, id to break ties) and stops at its page: a
        // viewer's (confirmed and publishable), an editor's by status, and every other list (below). SQLite has no
        // statistics to weigh an equality index against the order's, so the equality columns lead the ordered ones.
        builder.HasIndex(p => new { p.Status, p.Publishable, p.DateTo, p.Id }).IsDescending(false, false, true, false);
        builder.HasIndex(p => new { p.Status, p.DateTo, p.Id }).IsDescending(false, true, false);
        builder.HasIndex(p => p.DateFrom);
        builder.HasIndex(p => p.Admin1);
        builder.HasIndex(p => new { p.DateTo, p.Id }).IsDescending(true, false);

        // The few persons with an editor's value, which the filters read in memory (PersonFilter.ApplyAsync): a partial
        // index, its filter written per provider (column names differ) in VigilDbContext.OnModelCreating.
        builder.HasIndex(p => p.Id);
    }
}
