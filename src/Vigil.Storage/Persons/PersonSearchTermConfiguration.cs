using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Persons;

internal sealed class PersonSearchTermConfiguration : IEntityTypeConfiguration<PersonSearchTerm>
{
    public void Configure(EntityTypeBuilder<PersonSearchTerm> builder)
    {
        builder.ToTable("person_search_terms");
        builder.HasKey(t => new { t.PersonId, t.Term });
        builder.Property(t => t.Term).HasMaxLength(256);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);

        // Covers the search: a prefix range over Term yields the person ids without reading the rows. (On PostgreSQL the
        // column is compared byte-wise, collation "C", so a prefix range is a prefix whatever the database's locale.)
        builder.HasIndex(t => new { t.Term, t.PersonId });
    }
}
