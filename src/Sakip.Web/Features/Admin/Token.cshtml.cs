using Sakip.Core.Fields;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Accounts;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Admin;

/// <summary>API tokens of one account (Admin only): issue (shown once, only the hash is stored), list, revoke.</summary>
public sealed class TokenModel(SakipDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Nama token wajib diisi.")]
    [TextLimit(TextField.TokenName)]
    public string Nama { get; set; } = "";

    public string Id { get; private set; } = "";

    public string Email { get; private set; } = "";

    /// <summary>The token just issued; shown in this response only and never again.</summary>
    public string? NewToken { get; private set; }

    public IReadOnlyList<ApiTokenEntity> Tokens { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostTerbitkanAsync(string id, CancellationToken ct)
    {
        if (!ModelState.IsValid || !UnitAccess.Of(HttpContext).IsAdmin || !await db.Users.AnyAsync(u => u.Id == id, ct))
        {
            return await ShowAsync(id, ct, StatusCodes.Status400BadRequest);
        }
        var token = ApiTokens.NewToken();
        db.ApiTokens.Add(new ApiTokenEntity
        {
            UserId = id,
            Name = Nama.Trim(),
            Prefix = token[..(ApiTokens.Prefix.Length + 6)],
            Hash = ApiTokens.Hash(token),
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        NewToken = token;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCabutAsync(string id, int token, CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == token && t.UserId == id, ct) is not { } stored)
        {
            return NotFound();
        }
        stored.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        TempData["Pesan"] = $"Token {stored.Prefix}… dicabut.";
        return RedirectToPage(new { id });
    }

    async Task<IActionResult> ShowAsync(string id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Email).FirstOrDefaultAsync(ct) is not { } email)
        {
            return NotFound();
        }
        (Id, Email) = (id, email);
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == id).OrderBy(t => t.Id).ToListAsync(ct);
        Response.StatusCode = status;
        return Page();
    }
}
