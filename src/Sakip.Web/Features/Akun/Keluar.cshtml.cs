using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Data.Accounts;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Akun;

/// <summary>Sign out (POST only, with antiforgery, so a link elsewhere cannot sign anyone out).</summary>
public sealed class KeluarModel(SignInManager<SakipUser> signIn, UserManager<SakipUser> users, SakipDb db, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Beranda/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A new stamp makes every copy of this account's cookie invalid at once (SessionStamp), not only the
        // browser's own copy that SignOutAsync deletes. It ends the account's sessions on other devices too.
        if (await users.GetUserAsync(User) is { } user)
        {
            await SignInAudit.SignedOutAsync(db, user, clock.GetUtcNow(), ct);
            await users.UpdateSecurityStampAsync(user);
            SessionStamp.Forget(HttpContext, user.Id);
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Akun/Masuk");
    }
}
