using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Name).HasMaxLength(64);
        builder.Property(u => u.Role).HasMaxLength(16);
        builder.Property(u => u.PasswordHash).HasMaxLength(256);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.Property(u => u.Language).HasMaxLength(8);
        builder.Property(u => u.Calendar).HasMaxLength(16);
        builder.HasIndex(u => u.Name).IsUnique();
    }
}
