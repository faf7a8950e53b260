using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Data;
using Sakip.Data.Accounts;

namespace Sakip.LoadDriver;

/// <summary>
/// The accounts of the benchmark, created with the app's own Identity stores (roles exist once the app has started).
/// Unit users are Perencana: half scoped to a pemda (whose dashboard rolls up the budget of its 40 perangkat daerah),
/// half to a perangkat daerah, spread over the country. National users are Pimpinan scoped to the root unit.
/// </summary>
static class Accounts
{
    public const string Password = "Sakip-Beban-2024";

    public static async Task<List<(string Email, string UnitCode, UserGroup Group)>> EnsureAsync(string connectionString, int count, CancellationToken ct)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSakipDb(new DatabaseOptions(DatabaseProvider.Postgres, connectionString));
        services.AddIdentityCore<SakipUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<SakipDb>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SakipUser>>();

        var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Select(u => new { u.Id, u.Code }).SingleAsync(ct);
        var chosen = (await ChooseUnitsAsync(db, count, ct)).Select((u, i) => (Email: $"perencana{i + 1:00}@beban.sakip.id", u.Id, u.Code, Role: Roles.Planner, Group: UserGroup.Unit))
            .Concat(Enumerable.Range(1, count).Select(i => (Email: $"nasional{i:00}@beban.sakip.id", root.Id, root.Code, Role: Roles.Leader, Group: UserGroup.National)));
        var accounts = new List<(string, string, UserGroup)>();
        foreach (var (email, unitId, unitCode, role, group) in chosen)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new SakipUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{role} {unitCode}", UnitId = unitId };
                Check(await users.CreateAsync(user, Password), email);
                Check(await users.AddToRoleAsync(user, role), email);
            }
            accounts.Add((email, unitCode, group));
        }
        return accounts;
    }

    static async Task<List<(int Id, string Code)>> ChooseUnitsAsync(SakipDb db, int count, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Code, u.ParentId }).ToListAsync(ct);
        var root = units.Single(u => u.ParentId == null).Id;
        var pemda = units.Where(u => u.ParentId == root).ToList();
        var chosen = new List<(int, string)>();
        for (var i = 0; i < count; i++)
        {
            var region = pemda[i * pemda.Count / count];
            var agencies = units.Where(u => u.ParentId == region.Id).ToList();
            var unit = i % 2 == 0 || agencies.Count == 0 ? region : agencies[i % agencies.Count];
            chosen.Add((unit.Id, unit.Code));
        }
        return chosen;
    }

    static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
