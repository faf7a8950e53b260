using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data.Accounts;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Akun;

/// <summary>Any signed-in user changes their own password; required after an Admin's reset to a one-time password.</summary>
/// <remarks>
/// The /Akun folder is anonymous (sign-in, reset link), and its AllowAnonymous outranks an [Authorize] here, so each
/// handler checks the sign-in itself.
/// </remarks>
public sealed class KataSandiModel(UserManager<SakipUser> users, SignInManager<SakipUser> signIn) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    bool SignedIn => User.Identity?.IsAuthenticated == true;

    public bool Required => User.HasClaim(c => c.Type == ScopeClaims.MustChangePassword);

    public IActionResult OnGet() => SignedIn ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!SignedIn)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        user.MustChangePassword = false;
        var changed = await users.ChangePasswordAsync(user, Form.SandiSaatIni, Form.SandiBaru);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                // Identity's describer words this one in English; it is the field the user has to correct.
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                {
                    ModelState.AddModelError($"{nameof(Form)}.{nameof(Input.SandiSaatIni)}", "Kata sandi saat ini salah.");
                }
                else
                {
                    ModelState.AddModelError($"{nameof(Form)}.{nameof(Input.SandiBaru)}", error.Description);
                }
            }
            return Page();
        }
        // The change gave the account a new stamp, which ends its other sessions; this one continues on a fresh cookie.
        SessionStamp.Forget(HttpContext, user.Id);
        await signIn.RefreshSignInAsync(user);
        TempData["Pesan"] = "Kata sandi Anda telah diubah. Sesi di perangkat lain diakhiri.";
        return LocalRedirect("/Beranda");
    }

    public sealed class Input
    {
        [Required(ErrorMessage = "Kata sandi saat ini wajib diisi.")]
        [StringLength(256, ErrorMessage = "Kata sandi paling panjang 256 karakter.")]
        [DataType(DataType.Password)]
        [Display(Name = "Kata sandi saat ini")]
        public string SandiSaatIni { get; set; } = "";

        [Required(ErrorMessage = "Kata sandi baru wajib diisi.")]
        [StringLength(256, ErrorMessage = "Kata sandi paling panjang 256 karakter.")]
        [DataType(DataType.Password)]
        [Display(Name = "Kata sandi baru")]
        public string SandiBaru { get; set; } = "";

        [Required(ErrorMessage = "Ulangi kata sandi baru.")]
        [Compare(nameof(SandiBaru), ErrorMessage = "Ulangan kata sandi baru tidak sama.")]
        [DataType(DataType.Password)]
        [Display(Name = "Ulangi kata sandi baru")]
        public string Konfirmasi { get; set; } = "";
    }
}
