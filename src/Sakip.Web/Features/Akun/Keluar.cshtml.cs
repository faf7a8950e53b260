using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data.Accounts;

namespace Sakip.Web.Features.Akun;

/// <summary>Sign out (POST only, with antiforgery, so a link elsewhere cannot sign anyone out).</summary>
public sealed class KeluarModel(SignInManager<SakipUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Beranda/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Akun/Masuk");
    }
}
