using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Kelompok;

/// <summary>The named unit groups a recap or a recap indicator can be limited to (e.g. Perangkat Daerah kluster utama); Admin only.</summary>
public sealed class IndexModel(SakipDb db) : PageModel
{
    [BindProperty]
    public Input Form { get; set; } = new();

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public IReadOnlyList<UnitRef> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? ubah, CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await LoadAsync(ct);
        if (Groups.FirstOrDefault(g => g.Id == ubah) is { } group)
        {
            Form = new Input { Id = group.Id, Kode = group.Code, Nama = group.Name, Anggota = [.. group.Members.Select(m => m.Id)] };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var result = await UnitGroupWrites.SaveAsync(db, Form.Id, Form.Kode, Form.Nama, Form.Anggota, ct);
        return await OutcomeAsync(result, $"Kelompok \"{Form.Kode?.Trim()}\" disimpan.", ct);
    }

    public async Task<IActionResult> OnPostHapusAsync(CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return await OutcomeAsync(await UnitGroupWrites.DeleteAsync(db, Form.Id ?? 0, ct), "Kelompok dihapus.", ct);
    }

    async Task<IActionResult> OutcomeAsync(RecapWrite<UnitGroupEntity> result, string saved, CancellationToken ct)
    {
        if (result.Saved)
        {
            TempData["Pesan"] = saved;
            return Redirect("/Evaluasi/Kelompok");
        }
        foreach (var p in result.Problems)
        {
            ModelState.AddModelError(p.Field switch
            {
                UnitGroupWrites.CodeField => "Form.Kode",
                UnitGroupWrites.NameField => "Form.Nama",
                UnitGroupWrites.MembersField => "Form.Anggota",
                _ => string.Empty,
            }, p.Message);
        }
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Units = await db.Units.AsNoTracking().OrderBy(u => u.Path)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.ShortName, u.Path, u.DataVersion)).ToListAsync(ct);
        var byId = Units.ToDictionary(u => u.Id);
        var groups = await db.UnitGroups.AsNoTracking().Include(g => g.Members).OrderBy(g => g.Code).ToListAsync(ct);
        Groups = [.. groups.Select(g => new Group(g.Id, g.Code, g.Name, [.. g.Members.Where(m => byId.ContainsKey(m.UnitId)).Select(m => byId[m.UnitId])]))];
    }

    public sealed record Group(int Id, string Code, string Name, IReadOnlyList<UnitRef> Members);

    public sealed class Input
    {
        public int? Id { get; set; }

        [Display(Name = "Kode kelompok")]
        public string? Kode { get; set; }

        [Display(Name = "Nama kelompok")]
        public string? Nama { get; set; }

        public List<int> Anggota { get; set; } = [];
    }
}
