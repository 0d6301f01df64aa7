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
        builder.HasIndex(p => new { p.Status, p.Publishable });
        builder.HasIndex(p => p.DateFrom);
        builder.HasIndex(p => p.Admin1);
    }
}
