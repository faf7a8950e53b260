using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Accounts;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Packages;
using Sakip.Packages.Lke;

namespace Sakip.Web.Infrastructure;

/// <summary>On start: migrate the database, create the roles, store the built-in LKE templates, and on an empty demo database load the example agency.</summary>
public static partial class FirstStart
{
    public static async Task RunAsync(IServiceProvider services, SakipSettings settings, ILogger logger, CancellationToken ct = default)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDb>();
        await db.Database.MigrateAsync(ct);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)).ToList())
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
        await TemplateVersions.SeedAsync(db, BuiltInLkeTemplates.All, DateTimeOffset.UtcNow, ct);
        if (settings.Demo && !await db.Units.AnyAsync(ct))
        {
            await LoadDemoAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<SakipUser>>(), logger, ct);
        }
    }

    static async Task LoadDemoAsync(SakipDb db, UserManager<SakipUser> users, ILogger logger, CancellationToken ct)
    {
        var package = Path.Combine(AppContext.BaseDirectory, "demo", "kaltim-setda-2021");
        var read = PackageReader.Read(package);
        if (read.Data is not { } data)
        {
            throw new InvalidOperationException($"The demo package is invalid: {string.Join("; ", read.Errors)}");
        }
        await DatasetImporter.ImportAsync(db, data, "demo", DateTimeOffset.UtcNow, ct);
        foreach (var (email, name, role, unitCode) in DemoAccounts.All)
        {
            var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(ct);
            var user = new SakipUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, UnitId = unitId };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
            await users.AddToRoleAsync(user, role);
        }
        DemoLoaded(logger, DemoAccounts.All.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: Sekretariat Daerah Provinsi Kalimantan Timur 2021 and {Count} demo accounts.")]
    static partial void DemoLoaded(ILogger logger, int count);
}
