using Sakip.Data.Accounts;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The demo accounts created only on a demo database (SQLite, first start, without --no-demo). Their password is
/// public — it is printed in the README — so they must never exist on a production database.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Sakip-Demo-2021";

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string UnitCode)> All =
    [
        ("admin@demo.sakip.id", "Admin Biro Organisasi (demo)", Roles.Admin, "ORGANISASI"),
        ("perencana@demo.sakip.id", "Perencana Setda (demo)", Roles.Planner, "SETDA"),
        ("verifikator@demo.sakip.id", "Verifikator Pemprov (demo)", Roles.Verifier, "KALTIM"),
        ("evaluator@demo.sakip.id", "Evaluator Inspektorat (demo)", Roles.Evaluator, "INSPEKTORAT"),
        ("pimpinan@demo.sakip.id", "Sekretaris Daerah (demo)", Roles.Leader, "SETDA"),
    ];
}
