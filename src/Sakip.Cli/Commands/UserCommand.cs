using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Cli.Terminal;
using Sakip.Data;
using Sakip.Data.Accounts;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip user add --role PERAN --instansi KODE EMAIL</c>: creates an account without prompting.</summary>
static class UserCommand
{
    public static Command Create(CliConsole console)
    {
        var role = new Option<string>("--role") { Description = $"Peran: {string.Join(", ", Roles.All)}", HelpName = "PERAN", Required = true };
        role.Validators.Add(r =>
        {
            if (Roles.Find(r.GetValueOrDefault<string>() ?? "") is null)
            {
                r.AddError($"peran \"{r.GetValueOrDefault<string>()}\" tidak dikenal; gunakan salah satu dari: {string.Join(", ", Roles.All)}.");
            }
        });
        var unit = new Option<string>("--instansi") { Description = "Kode instansi cakupan akun", HelpName = "KODE", Required = true };
        var password = new Option<string?>("--password") { Description = "Kata sandi awal; bila tidak diisi dibuatkan kata sandi acak yang kuat dan ditampilkan sekali", HelpName = "KATA_SANDI" };
        var name = new Option<string?>("--nama") { Description = "Nama tampilan; bawaan: surel", HelpName = "NAMA" };
        var email = new Argument<string>("EMAIL") { Description = "Surel akun, juga nama pengguna untuk masuk" };
        var data = CliDatabase.DataOption();
        var add = new Command("add", "Buat akun baru dengan peran dan instansi; tidak menanyakan apa pun") { role, unit, password, name, email, data };
        add.SetAction(parsed => Run(
            new Account(parsed.GetValue(email)!, parsed.GetValue(name), Roles.Find(parsed.GetValue(role)!)!, parsed.GetValue(unit)!, parsed.GetValue(password)),
            parsed.GetValue(data), console));
        return new Command("user", "Pengelolaan akun pengguna") { add };
    }

    sealed record Account(string Email, string? Name, string Role, string UnitCode, string? Password);

    static int Run(Account account, string? dataDirectory, CliConsole console)
    {
        // Migrated first, so the identity tables exist before the user manager touches them.
        CliDatabase.OpenAsync(dataDirectory).GetAwaiter().GetResult().Dispose();
        using var services = Services(DatabaseOptions.FromEnvironment(dataDirectory));
        using var scope = services.CreateScope();
        return CreateAsync(account, scope.ServiceProvider, console).GetAwaiter().GetResult();
    }

    static async Task<int> CreateAsync(Account account, IServiceProvider services, CliConsole console)
    {
        var db = services.GetRequiredService<SakipDb>();
        var unitId = await db.Units.AsNoTracking().Where(u => u.Code == account.UnitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync();
        if (unitId is null)
        {
            console.Error.WriteLine($"Instansi dengan kode \"{account.UnitCode}\" tidak ditemukan di basis data.");
            return CliApp.InvalidData;
        }
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(account.Role))
        {
            await roles.CreateAsync(new IdentityRole(account.Role));
        }
        var users = services.GetRequiredService<UserManager<SakipUser>>();
        var password = account.Password ?? NewPassword();
        var user = new SakipUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.Name ?? account.Email, UnitId = unitId };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, account.Role);
        }
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => console.Error.WriteLine(e.Description));
            return CliApp.InvalidData;
        }
        console.Out.WriteLine($"Akun {account.Email} dibuat: {account.Role}, instansi {account.UnitCode}.");
        if (account.Password is null)
        {
            console.Out.WriteLine($"Kata sandi: {password}");
            console.Out.WriteLine("Simpan kata sandi ini sekarang; kata sandi tidak akan ditampilkan lagi.");
        }
        return CliApp.Ok;
    }

    static ServiceProvider Services(DatabaseOptions options)
    {
        var services = new ServiceCollection().AddLogging().AddSakipDb(options);
        services.AddIdentityCore<SakipUser>(AccountRules.Configure)
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddEntityFrameworkStores<SakipDb>();
        return services.BuildServiceProvider();
    }

    /// <summary>20 characters from a 57-character alphabet (about 116 bits), always with upper, lower case and a digit.</summary>
    static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = Enumerable.Range(0, 17).Select(_ => all[RandomNumberGenerator.GetInt32(all.Length)])
            .Append(upper[RandomNumberGenerator.GetInt32(upper.Length)])
            .Append(lower[RandomNumberGenerator.GetInt32(lower.Length)])
            .Append(digits[RandomNumberGenerator.GetInt32(digits.Length)]).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
