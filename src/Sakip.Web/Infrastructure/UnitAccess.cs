using System.Security.Claims;
using Sakip.Data.Accounts;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// What the signed-in account may see and change. Scope is the account's unit and its descendants; Admin and
/// Evaluator see the whole installation (design.md). Checked on the server for every page and endpoint.
/// </summary>
public sealed class UnitAccess(ClaimsPrincipal user)
{
    public static UnitAccess Of(HttpContext context) => new(context.User);

    /// <summary>The path prefix of the units in scope; "/" for the whole installation; null when the account has no scope.</summary>
    public string? ScopePath =>
        Roles.InstallationWide.Any(user.IsInRole) ? "/" : user.FindFirstValue(ScopeClaims.UnitPath);

    public bool CanRead(string unitPath) => ScopePath is { } scope && unitPath.StartsWith(scope, StringComparison.Ordinal);

    /// <summary>Plan, targets, realisations, budget: the Perencana of the unit (or an Admin).</summary>
    public bool CanEditPerformance(string unitPath) => CanRead(unitPath) && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Planner));

    /// <summary>
    /// Approving or returning what a unit submitted: a Verifikator of a unit above it, never of the unit itself (as
    /// DHIS2's data approval), or an Admin (<see cref="Core.Workflow.WorkflowRules.MayDecide"/>).
    /// </summary>
    public bool CanVerify(string unitPath) => CanRead(unitPath)
        && (user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.Verifier) && unitPath != ScopePath));

    /// <summary>The account's own unit path (claim), whatever its scope; null when it has no unit.</summary>
    public string? OwnUnitPath => user.FindFirstValue(ScopeClaims.UnitPath);

    public string? UserId => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The account as a decider in the approval cycle.</summary>
    public Core.Workflow.WorkflowRules.Decider Decider =>
        new(UserId, OwnUnitPath, user.IsInRole(Roles.Verifier), user.IsInRole(Roles.Admin));

    /// <summary>Evaluation scores and recommendations: Evaluator or Admin.</summary>
    public bool CanEvaluate => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Evaluator);

    /// <summary>Publishing a unit's LKjIP, PK and IKU to the public page: its Pimpinan (or an Admin).</summary>
    public bool CanPublish(string unitPath) => CanRead(unitPath) && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Leader));

    public bool IsAdmin => user.IsInRole(Roles.Admin);

    public string DisplayName => user.FindFirstValue(ScopeClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
