using Microsoft.AspNetCore.Identity;

namespace Sakip.Data.Accounts;

/// <summary>The account rules the web app and the CLI share: password strength, lockout, unique e-mail.</summary>
public static class AccountRules
{
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
    }
}
