using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Data.Accounts;

namespace Sakip.Web.Features.Akun;

/// <summary>Sign in with email and password; repeated failures lock the account for a while.</summary>
public sealed class MasukModel(SignInManager<SakipUser> signIn, SakipDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Form.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Form.Password, isPersistent: false, lockoutOnFailure: true);
        var account = await signIn.UserManager.FindByNameAsync(email);
        if (result.Succeeded)
        {
            await SignInAudit.SignedInAsync(db, HttpContext, account!, clock.GetUtcNow(), ct);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Beranda");
        }
        await SignInAudit.FailedAsync(db, HttpContext, email, account, result.IsLockedOut, clock.GetUtcNow(), ct);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Akun terkunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi 15 menit lagi."
            : "Surel atau kata sandi salah.");
        return Page();
    }

    public sealed class Input
    {
        [Required(ErrorMessage = "Surel wajib diisi.")]
        [EmailAddress(ErrorMessage = "Format surel tidak valid.")]
        [Display(Name = "Surel")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Kata sandi wajib diisi.")]
        [DataType(DataType.Password)]
        [Display(Name = "Kata sandi")]
        public string Password { get; set; } = "";
    }
}
