using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Statements;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ToTable("statements");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Date).HasMaxLength(10);
        builder.Property(s => s.Outlet).HasMaxLength(256);
        builder.HasOne<Speaker>().WithMany().HasForeignKey(s => s.SpeakerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.SpeakerId, s.DateFrom });
    }
}
