using Sakip.Core.Fields;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Accounts;
using Sakip.Data.Concurrency;
using Sakip.Web.Infrastructure;
using Sakip.Web.Infrastructure.Mail;

namespace Sakip.Web.Features.Admin;

/// <summary>Accounts (Admin only): list with role and unit, create, change role/unit, reset the password, lock and unlock.</summary>
public sealed class AkunModel(SakipDb db, UserManager<SakipUser> users, TimeProvider clock, MailSettings mail, MailSender sender) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    /// <summary>The one-time password just set (mail off), shown once on this response and never stored in clear.</summary>
    public (string Email, string Password)? OneTime { get; private set; }

    public bool MailEnabled => mail.Enabled;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostBuatAsync(CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var unitId = await CheckAsync(Form.Peran, Form.KodeInstansi, nameof(Form), ct);
        if (string.IsNullOrWhiteSpace(Form.KataSandi))
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Input.KataSandi)}", "Kata sandi awal wajib diisi.");
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct, StatusCodes.Status400BadRequest);
        }
        var user = new SakipUser { UserName = Form.Email.Trim(), Email = Form.Email.Trim(), EmailConfirmed = true, DisplayName = Form.Nama.Trim(), UnitId = unitId };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, Form.KataSandi!);
        }
        catch (DbUpdateException e) when (WriteConflicts.IsConflict(e))
        {
            // The same e-mail was created by another Admin at the same moment: the unique index refused this one.
            ModelState.AddModelError(string.Empty, $"Akun {user.Email} baru saja dibuat oleh Admin lain; periksa daftar akun.");
            return await ShowAsync(ct, StatusCodes.Status409Conflict);
        }
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.Find(Form.Peran)!);
        }
        if (!created.Succeeded)
        {
            created.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return await ShowAsync(ct, StatusCodes.Status400BadRequest);
        }
        TempData["Pesan"] = $"Akun {user.Email} dibuat.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUbahAsync(string id, string peran, string instansi, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }
        ModelState.Clear(); // the create form is not part of this post
        var unitId = await CheckAsync(peran, instansi, "Ubah", ct);
        if (!ModelState.IsValid)
        {
            var shown = await ShowAsync(ct, StatusCodes.Status400BadRequest);
            // The row comes back as typed beside its message, not as stored, so the admin corrects rather than retypes.
            Accounts = [.. Accounts.Select(a => a.Id == id ? a with { Role = peran, UnitCode = instansi } : a)];
            return shown;
        }
        // Each step checks the account's concurrency stamp: an account another Admin changed meanwhile is not overwritten.
        var changed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        changed = changed.Succeeded ? await users.AddToRoleAsync(user, Roles.Find(peran)!) : changed;
        user.UnitId = unitId;
        changed = changed.Succeeded ? await users.UpdateAsync(user) : changed;
        if (!changed.Succeeded)
        {
            changed.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return await ShowAsync(ct, changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
        // A new stamp makes signed-in sessions pick up the new role and scope.
        await users.UpdateSecurityStampAsync(user);
        SessionStamp.Forget(HttpContext, user.Id);
        TempData["Pesan"] = $"Peran dan instansi {user.Email} diubah.";
        return RedirectToPage();
    }

    /// <summary>Sets a new password (an Admin's reset for a forgotten one); the new stamp ends the account's sessions.</summary>
    public async Task<IActionResult> OnPostSandiAsync(string id, string? sandi, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }
        ModelState.Clear(); // the create form is not part of this post
        var reset = string.IsNullOrWhiteSpace(sandi)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordRequired", Description = "Kata sandi baru wajib diisi." })
            : await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), sandi);
        if (!reset.Succeeded)
        {
            reset.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return await ShowAsync(ct, StatusCodes.Status400BadRequest);
        }
        // ResetPasswordAsync has already given the account a new stamp: its signed-in sessions end now (SessionStamp).
        SessionStamp.Forget(HttpContext, user.Id);
        TempData["Pesan"] = $"Kata sandi {user.Email} diatur ulang; sesi yang sedang masuk diakhiri.";
        return RedirectToPage();
    }

    /// <summary>A forgotten password: a one-time link by e-mail when mail is on, otherwise a one-time password shown once.</summary>
    public async Task<IActionResult> OnPostAturUlangAsync(string id, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }
        ModelState.Clear(); // the create form is not part of this post
        if (mail.Enabled && !string.IsNullOrEmpty(user.Email))
        {
            try
            {
                await AkunPasswordReset.SendLinkAsync(users, sender, mail, Request, user, ct);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or MailKit.Security.AuthenticationException)
            {
                ModelState.AddModelError(string.Empty, $"Surel atur ulang ke {user.Email} gagal dikirim ({e.Message}). Periksa pengaturan SMTP atau coba lagi.");
                return await ShowAsync(ct, StatusCodes.Status503ServiceUnavailable);
            }
            TempData["Pesan"] = $"Tautan atur ulang kata sandi dikirim ke {user.Email}; berlaku satu kali.";
            return RedirectToPage();
        }
        var (reset, password) = await AkunPasswordReset.SetOneTimeAsync(users, db, user, clock.GetUtcNow());
        if (!reset.Succeeded)
        {
            reset.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return await ShowAsync(ct, reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
        SessionStamp.Forget(HttpContext, user.Id);
        OneTime = (user.Email ?? user.UserName ?? "", password);
        // Not cached anywhere: the password is in this response only.
        Response.Headers.CacheControl = "no-store";
        return await ShowAsync(ct);
    }

    public Task<IActionResult> OnPostKunciAsync(string id, CancellationToken ct) => LockAsync(id, DateTimeOffset.MaxValue, "dikunci", ct);

    public Task<IActionResult> OnPostBukaAsync(string id, CancellationToken ct) => LockAsync(id, null, "dibuka", ct);

    async Task<IActionResult> LockAsync(string id, DateTimeOffset? until, string done, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }
        if (until is not null && user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, "Anda tidak dapat mengunci akun Anda sendiri.");
            return await ShowAsync(ct, StatusCodes.Status409Conflict);
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, until);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        SessionStamp.Forget(HttpContext, user.Id);
        TempData["Pesan"] = $"Akun {user.Email} {done}.";
        return RedirectToPage();
    }

    bool IsAdmin => UnitAccess.Of(HttpContext).IsAdmin;

    /// <summary>The unit's id when the role and unit code are known; otherwise adds field errors.</summary>
    async Task<int?> CheckAsync(string? role, string? unitCode, string prefix, CancellationToken ct)
    {
        if (Roles.Find(role ?? "") is null)
        {
            ModelState.AddModelError($"{prefix}.{nameof(Input.Peran)}", $"Peran \"{role}\" tidak dikenal; pilih {string.Join(", ", Roles.All)}.");
        }
        var unitId = await db.Units.AsNoTracking().Where(u => u.Code == (unitCode ?? "").Trim()).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (unitId is null)
        {
            ModelState.AddModelError($"{prefix}.{nameof(Input.KodeInstansi)}", $"Instansi dengan kode \"{unitCode}\" tidak ditemukan.");
        }
        return unitId;
    }

    async Task<IActionResult> ShowAsync(CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var now = clock.GetUtcNow();
        Accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new Row(u.Id, u.Email ?? u.UserName ?? "", u.DisplayName,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.Unit != null ? u.Unit.Code : null, u.Unit != null ? u.Unit.Name : null, u.LockoutEnd))
            .ToListAsync(ct);
        Accounts = [.. Accounts.Select(a => a with { Locked = a.LockoutEnd > now })];
        Response.StatusCode = status;
        return Page();
    }

    public sealed record Row(string Id, string Email, string Name, string? Role, string? UnitCode, string? UnitName, DateTimeOffset? LockoutEnd)
    {
        public bool Locked { get; init; }
    }

    public sealed class Input
    {
        [Required(ErrorMessage = "Surel wajib diisi.")]
        [EmailAddress(ErrorMessage = "Surel tidak valid.")]
        [TextLimit(TextField.Email)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Nama wajib diisi.")]
        [TextLimit(TextField.AccountName)]
        public string Nama { get; set; } = "";

        [Required(ErrorMessage = "Peran wajib dipilih.")]
        public string Peran { get; set; } = Roles.Planner;

        [Required(ErrorMessage = "Kode instansi wajib diisi.")]
        public string KodeInstansi { get; set; } = "";

        [DataType(DataType.Password)]
        public string? KataSandi { get; set; }
    }
}
