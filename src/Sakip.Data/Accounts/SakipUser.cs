using Microsoft.AspNetCore.Identity;
using Sakip.Data.Organisation;

namespace Sakip.Data.Accounts;

/// <summary>An account. Its scope is its unit and the unit's descendants; Admin and Evaluator see the whole installation.</summary>
public sealed class SakipUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? UnitId { get; set; }
    public UnitEntity? Unit { get; set; }

    /// <summary>Set when an Admin reset the password to a one-time password: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }
}
