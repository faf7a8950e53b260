using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Data;
using Sakip.Data.Accounts;

namespace Sakip.Web.Infrastructure;

/// <summary>Adds the account's unit scope to its sign-in, so every request can check scope without a query.</summary>
public sealed class ScopeClaims(UserManager<SakipUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, SakipDb db)
    : UserClaimsPrincipalFactory<SakipUser, IdentityRole>(users, roles, options)
{
    public const string UnitPath = "sakip:unit_path";
    public const string UnitName = "sakip:unit_name";
    public const string DisplayName = "sakip:display_name";

    /// <summary>Present while the account signs in with a one-time password an Admin set: only /Akun/KataSandi is open to it.</summary>
    public const string MustChangePassword = "sakip:must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SakipUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? "" : user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePassword, "true"));
        }
        if (user.UnitId is { } unitId && await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Path, u.Name }).FirstOrDefaultAsync() is { } unit)
        {
            identity.AddClaim(new Claim(UnitPath, unit.Path));
            identity.AddClaim(new Claim(UnitName, unit.Name));
        }
        return identity;
    }
}
