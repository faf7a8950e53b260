using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Accounts;

namespace Sakip.Data.Configurations;

sealed class AccountConfiguration : IEntityTypeConfiguration<SakipUser>, IEntityTypeConfiguration<ApiTokenEntity>
{
    public void Configure(EntityTypeBuilder<SakipUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(TextRules.MaxLength(TextField.AccountName));
        user.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ApiTokenEntity> token)
    {
        token.ToTable("api_tokens");
        token.HasIndex(t => t.Hash).IsUnique();
        token.Property(t => t.Hash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(16);
        token.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
