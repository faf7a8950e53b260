using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Organisation;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Organisation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Admin;

/// <summary>
/// Units (Admin only): the tree below a chosen unit (<c>?instansi=</c>; by default the roots), adding a unit under an
/// induk, and changing one (<c>?ubah=</c>): nama, singkatan, jenis, and moving it under another induk.
/// </summary>
/// <remarks>
/// A national installation holds 20,000+ units, so the page shows one unit (or the roots) and the units directly
/// below, with links to go down, as the dashboard does: one query per level, whatever the number of units.
/// </remarks>
public sealed class InstansiModel(SakipDb db) : PageModel
{
    /// <summary>More units than this on one level are not listed (a national root has hundreds of pemda).</summary>
    public const int MaxPerLevel = 500;

    [BindProperty]
    public Input Add { get; set; } = new();

    [BindProperty]
    public Input Edit { get; set; } = new();

    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, string? ubah, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (ubah is not null)
        {
            if (await EditedAsync(ubah, ct) is not { } edited)
            {
                return NotFound();
            }
            Edit = edited;
        }
        return await ShowAsync(instansi, ubah, suggestNew: true, ct);
    }

    public async Task<IActionResult> OnPostTambahAsync(string? instansi, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var (saved, problems) = await UnitWrites.CreateAsync(db, Add.ToDraft(Add.Kode), ct);
        if (saved is null)
        {
            AddErrors(nameof(Add), problems);
            return await ShowAsync(instansi, null, suggestNew: false, ct, StatusCodes.Status400BadRequest);
        }
        TempData["Pesan"] = $"Instansi {saved.Code} ditambahkan.";
        return RedirectToPage(new { instansi = Parent(Add) });
    }

    public async Task<IActionResult> OnPostUbahAsync(string kode, string? instansi, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await db.Units.AsNoTracking().Where(u => u.Code == kode).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct) is not { } id)
        {
            return NotFound();
        }
        var (saved, problems) = await UnitWrites.UpdateAsync(db, id, Edit.ToDraft(kode), ct, Edit.Versi);
        if (saved is null)
        {
            Edit.Kode = kode;
            AddErrors(nameof(Edit), problems);
            var conflict = problems.Any(p => p.Field == UnitWrites.ConflictField);
            if (conflict)
            {
                // The form keeps what was typed and now carries the stored version: saving again is a deliberate overwrite.
                ModelState.Remove($"{nameof(Edit)}.{nameof(Input.Versi)}");
                Edit.Versi = (await EditedAsync(kode, ct))?.Versi;
            }
            return await ShowAsync(instansi, kode, suggestNew: true, ct, conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
        TempData["Pesan"] = $"Instansi {saved.Code} diubah.";
        return RedirectToPage(new { instansi = Parent(Edit) });
    }

    bool IsAdmin => UnitAccess.Of(HttpContext).IsAdmin;

    static string? Parent(Input form) => string.IsNullOrWhiteSpace(form.Induk) ? null : form.Induk.Trim();

    void AddErrors(string prefix, IReadOnlyList<Problem> problems)
    {
        foreach (var problem in problems)
        {
            ModelState.AddModelError(Input.FieldOf(prefix, problem.Field), problem.Message);
        }
    }

    /// <summary>The form of an existing unit as it is stored; null when there is no unit with that code.</summary>
    async Task<Input?> EditedAsync(string code, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Code == code)
            .Select(u => new { u.Code, u.Name, u.ShortName, u.Kind, Parent = u.Parent != null ? u.Parent.Code : null, u.Version })
            .FirstOrDefaultAsync(ct);
        return unit is null ? null
            : new Input { Kode = unit.Code, Nama = unit.Name, Singkatan = unit.ShortName, Jenis = Codes.Of(unit.Kind), Induk = unit.Parent, Versi = unit.Version };
    }

    /// <param name="suggestNew">Fill the add form for a unit below the one shown (not after a failed add: it keeps what was typed).</param>
    async Task<IActionResult> ShowAsync(string? instansi, string? editing, bool suggestNew, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        Row? current = null;
        if (instansi is not null && (current = await Rows(db.Units.Where(u => u.Code == instansi)).FirstOrDefaultAsync(ct)) is null)
        {
            return NotFound();
        }
        var trail = current is null ? [] : await TrailAsync(current, ct);
        List<Row> top = current is null ? await Rows(db.Units.Where(u => u.ParentId == null)).Take(MaxPerLevel).ToListAsync(ct) : [current];
        var topIds = top.Select(u => u.Id).ToList();
        var children = await Rows(db.Units.Where(u => u.ParentId != null && topIds.Contains(u.ParentId.Value))).Take(MaxPerLevel + 1).ToListAsync(ct);
        var more = children.Count > MaxPerLevel;
        var counted = await CountAsync([.. top, .. children.Take(MaxPerLevel)], ct);
        var tree = counted.Take(top.Count).Select(t => new Node(t, [.. counted.Skip(top.Count).Where(c => c.ParentId == t.Id)])).ToList();
        Screen = new View(current, trail, tree, more, editing);
        if (suggestNew)
        {
            var parent = current ?? (top.Count == 1 ? top[0] : null);
            Add = new Input { Induk = parent?.Code, Jenis = Codes.Of(UnitKindLabels.Below(parent?.Kind)) };
        }
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The units shown with how many units are directly below each and how many accounts each has: two queries for all of them.</summary>
    async Task<List<Row>> CountAsync(List<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var below = await db.Units.AsNoTracking().Where(u => u.ParentId != null && ids.Contains(u.ParentId.Value))
            .GroupBy(u => u.ParentId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, ct);
        var accounts = await db.Users.AsNoTracking().Where(u => u.UnitId != null && ids.Contains(u.UnitId.Value))
            .GroupBy(u => u.UnitId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, ct);
        return [.. rows.Select(r => r with { Children = below.GetValueOrDefault(r.Id), Accounts = accounts.GetValueOrDefault(r.Id) })];
    }

    async Task<List<Row>> TrailAsync(Row unit, CancellationToken ct)
    {
        var ids = UnitPaths.Ids(unit.Path).ToList();
        var trail = await Rows(db.Units.Where(u => ids.Contains(u.Id))).ToListAsync(ct);
        return [.. trail.OrderBy(u => u.Path.Length)];
    }

    static IQueryable<Row> Rows(IQueryable<UnitEntity> units) =>
        units.AsNoTracking().OrderBy(u => u.Id).Select(u => new Row(u.Id, u.Code, u.Name, u.ShortName, u.Kind, u.ParentId, u.Path));

    /// <param name="Current">The unit whose children are shown; null for the roots.</param>
    /// <param name="MoreChildren">More units are below than <see cref="MaxPerLevel"/>; only the first are listed.</param>
    /// <param name="Editing">The code of the unit whose edit form is shown.</param>
    public sealed record View(Row? Current, IReadOnlyList<Row> Trail, IReadOnlyList<Node> Tree, bool MoreChildren, string? Editing)
    {
        /// <summary>The codes a form can offer as induk without listing the whole installation: the units on this page.</summary>
        public IEnumerable<Row> Shown => Trail.Concat(Tree.SelectMany(n => n.Children.Prepend(n.Unit))).DistinctBy(r => r.Id);
    }

    public sealed record Node(Row Unit, IReadOnlyList<Row> Children);

    public sealed record Row(int Id, string Code, string Name, string? ShortName, UnitKind Kind, int? ParentId, string Path)
    {
        public string DisplayName => Unit.DisplayNameOf(Name, ShortName);

        public int Children { get; init; }

        public int Accounts { get; init; }
    }

    /// <summary>The columns of instansi.csv. No DataAnnotations: <see cref="UnitWrites"/> checks them for the page and the API alike.</summary>
    public sealed class Input
    {
        public string? Kode { get; set; }

        public string? Nama { get; set; }

        public string? Singkatan { get; set; }

        public string? Jenis { get; set; }

        public string? Induk { get; set; }

        /// <summary>The version of the unit the edit form was opened with, so a save over someone else's newer one is refused.</summary>
        public int? Versi { get; set; }

        public UnitDraft ToDraft(string? code) => new(code, Nama, Induk, Jenis, Singkatan);

        public static string FieldOf(string prefix, string column) => column switch
        {
            "kode" => $"{prefix}.{nameof(Kode)}",
            "nama" => $"{prefix}.{nameof(Nama)}",
            "singkatan" => $"{prefix}.{nameof(Singkatan)}",
            "jenis" => $"{prefix}.{nameof(Jenis)}",
            "induk" => $"{prefix}.{nameof(Induk)}",
            _ => string.Empty,
        };
    }
}
