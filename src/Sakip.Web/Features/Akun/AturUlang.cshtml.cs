using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data.Accounts;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Akun;

/// <summary>
/// The page of the one-time link an Admin's reset e-mails (anonymous): choose a new password. The token works once:
/// the reset changes the account's security stamp, which every token carries.
/// </summary>
public sealed class AturUlangModel(UserManager<SakipUser> users) : PageModel
{
    const string Invalid = "Tautan atur ulang ini tidak berlaku lagi (sudah dipakai atau kedaluwarsa). Minta Admin mengirim tautan baru.";

    [BindProperty(SupportsGet = true)]
    public string? Pengguna { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public Input Form { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // An unknown account and a bad token read the same, so the page tells nothing about which accounts exist.
        if (string.IsNullOrEmpty(Pengguna) || string.IsNullOrEmpty(Token) || Pengguna.Length > 450 || Token.Length > 4000
            || await users.FindByIdAsync(Pengguna) is not { } user)
        {
            ModelState.AddModelError(string.Empty, Invalid);
            return Page();
        }
        user.MustChangePassword = false;
        var reset = await users.ResetPasswordAsync(user, Token, Form.SandiBaru);
        if (!reset.Succeeded)
        {
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? string.Empty : $"{nameof(Form)}.{nameof(Input.SandiBaru)}",
                    error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? Invalid : error.Description);
            }
            return Page();
        }
        SessionStamp.Forget(HttpContext, user.Id);
        TempData["Pesan"] = "Kata sandi baru disimpan. Silakan masuk dengan kata sandi baru.";
        return RedirectToPage("/Akun/Masuk");
    }

    public sealed class Input
    {
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
