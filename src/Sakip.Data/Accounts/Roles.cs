namespace Sakip.Data.Accounts;

/// <summary>The roles of design.md. Names are stored in the database and shown as they are.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Planner = "Perencana";
    public const string Verifier = "Verifikator";
    public const string Evaluator = "Evaluator";
    public const string Leader = "Pimpinan";

    public static readonly IReadOnlyList<string> All = [Admin, Planner, Verifier, Evaluator, Leader];

    /// <summary>Roles whose scope is the whole installation whatever their unit.</summary>
    public static readonly IReadOnlyList<string> InstallationWide = [Admin, Evaluator];

    public static string? Find(string name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
