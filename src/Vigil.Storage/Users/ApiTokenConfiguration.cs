using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Users;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(128);
        builder.Property(t => t.SecretHash).HasMaxLength(64);

        // Tokens made before scopes existed acted as full sessions: they keep write access (the migration's default).
        builder.Property(t => t.Scope).HasMaxLength(16).HasDefaultValue(ApiTokenScope.Write);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.SecretHash).IsUnique();
    }
}
