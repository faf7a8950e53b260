using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sakip.Core;
using Sakip.Core.Organisation;
using Sakip.Core.Problems;
using Sakip.Data.Concurrency;

namespace Sakip.Data.Organisation;

/// <summary>
/// Adding and changing units (instansi), shared by the Admin page and the API so both check the same rules.
/// Problems name the package column (<c>kode</c>, <c>nama</c>, <c>induk</c>, <c>jenis</c>, <c>singkatan</c>) so each
/// caller can put them on its field.
/// </summary>
public static class UnitWrites
{
    /// <summary>The column lengths of the units table (see UnitConfiguration), from the one definition in Core.</summary>
    public static readonly int MaxCodeLength = TextRules.MaxLength(TextField.Code);
    public static readonly int MaxNameLength = TextRules.MaxLength(TextField.UnitName);
    public static readonly int MaxShortNameLength = TextRules.MaxLength(TextField.UnitShortName);

    /// <summary>Validates and stores a new unit; its path is its parent's path and its own id.</summary>
    public static async Task<(UnitEntity? Saved, IReadOnlyList<Problem> Problems)> CreateAsync(SakipDb db, UnitDraft draft, CancellationToken ct)
    {
        draft = draft.Normalised();
        var problems = new List<Problem>();
        if (CheckCode(draft.Code) is { } badCode)
        {
            problems.Add(badCode);
        }
        else if (await db.Units.AnyAsync(u => u.Code == draft.Code, ct))
        {
            problems.Add(CodeTaken(draft.Code!));
        }
        var kind = CheckFields(draft, problems);
        var parent = await CheckParentAsync(db, draft.Parent, moving: null, problems, ct);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        await using var own = await BeginAsync(db, ct);
        // The path needs the id, known only after the insert. Until then it ends in 0, which is no unit's id: it
        // names the right units above (whose versions the save moves) and no unit below.
        var row = db.Units.Add(new UnitEntity
        {
            Code = draft.Code!,
            Name = draft.Name!,
            ShortName = draft.ShortName,
            Kind = kind!.Value,
            ParentId = parent?.Id,
            Path = Queries.ChildPath(parent?.Path ?? "/", 0),
        }).Entity;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (own is not null)
        {
            // Someone added the same code since it was checked above: the unique index refused it. Say so as for
            // any taken code (the failed transaction is rolled back first, so the check can run).
            await own.RollbackAsync(ct);
            db.Entry(row).State = EntityState.Detached;
            if (await db.Units.AnyAsync(u => u.Code == draft.Code, ct))
            {
                return (null, [CodeTaken(draft.Code!)]);
            }
            throw;
        }
        row.Path = Queries.ChildPath(parent?.Path ?? "/", row.Id);
        await db.SaveChangesAsync(ct);
        await CommitAsync(own, ct);
        return (row, []);
    }

    /// <summary>
    /// Validates and stores nama, singkatan, jenis and induk of an existing unit; a new induk moves the unit with
    /// everything below it. The code cannot change: packages and URLs refer to units by code.
    /// </summary>
    /// <param name="version">The version the editor opened; null for no precondition. A newer one is a problem on <c>versi</c> (a conflict, 409).</param>
    public static async Task<(UnitEntity? Saved, IReadOnlyList<Problem> Problems)> UpdateAsync(
        SakipDb db, int id, UnitDraft draft, CancellationToken ct, int? version = null)
    {
        draft = draft.Normalised();
        var row = await db.Units.SingleAsync(u => u.Id == id, ct);
        if (version is { } opened && opened != row.Version)
        {
            return (null, [Changed(row)]);
        }
        var problems = new List<Problem>();
        if (draft.Code is not null && draft.Code != row.Code)
        {
            problems.Add(new("kode", $"Kode instansi {row.Code} tidak dapat diubah: kode dipakai sebagai rujukan di paket data dan alamat halaman."));
        }
        var kind = CheckFields(draft, problems);
        var parent = await CheckParentAsync(db, draft.Parent, row, problems, ct);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        await using var own = await BeginAsync(db, ct);
        var moved = parent?.Id != row.ParentId;
        db.Expect(row, version);
        (row.Name, row.ShortName, row.Kind, row.ParentId) = (draft.Name!, draft.ShortName, kind!.Value, parent?.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (own is not null)
        {
            // Someone saved the unit between the read above and this save: say what it holds now.
            await own.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return (null, [Changed(await db.Units.AsNoTracking().SingleAsync(u => u.Id == id, ct))]);
        }
        if (moved)
        {
            await UnitMove.RewritePathsAsync(db, row, parent?.Path, ct);
        }
        await CommitAsync(own, ct);
        return (row, []);
    }

    /// <summary>The conflict: the unit changed since the editor opened it; what it holds now.</summary>
    public static Problem Changed(UnitEntity current) => new(ConflictField,
        $"Instansi {current.Code} telah diubah pengguna lain sejak Anda membukanya (sekarang versi {current.Version}). Nilai yang tersimpan sekarang: "
        + $"nama \"{current.Name}\", singkatan {current.ShortName ?? "-"}, jenis {Codes.Of(current.Kind)}. "
        + "Perubahan Anda belum disimpan; periksa lalu simpan lagi bila tetap ingin mengubahnya.");

    /// <summary>The field of a conflict problem, as the web's EditConflict names it.</summary>
    public const string ConflictField = "versi";

    static Problem CodeTaken(string code) => new("kode", $"Kode instansi {code} sudah dipakai.");

    /// <summary>
    /// A problem with the code, or null: required, and the Core code rule. What the rule only warns of (a space or a slash)
    /// refuses a unit here: a unit's code is its address (<c>/api/v1/instansi/{kode}</c>) and the unit form has no
    /// "simpan tetap".
    /// </summary>
    static Problem? CheckCode(string? code) =>
        code is null ? new("kode", "Kode instansi wajib diisi.") : CodeRule.Check("kode", code, "Kode instansi") is { } problem ? problem with { Severity = Severity.Error } : null;

    /// <summary>Checks nama, singkatan and jenis; returns the kind when jenis is one of the package's codes.</summary>
    static UnitKind? CheckFields(UnitDraft draft, List<Problem> problems)
    {
        if (draft.Name is null || draft.Name.Length > MaxNameLength)
        {
            problems.Add(new("nama", $"Nama instansi wajib diisi, paling banyak {MaxNameLength} karakter."));
        }
        if (draft.ShortName?.Length > MaxShortNameLength)
        {
            problems.Add(new("singkatan", $"Singkatan paling banyak {MaxShortNameLength} karakter."));
        }
        var kind = Codes.Parse<UnitKind>(draft.Kind);
        if (kind is null)
        {
            var allowed = string.Join(", ", Codes.All<UnitKind>());
            problems.Add(new("jenis", draft.Kind is null
                ? $"Jenis instansi wajib dipilih: {allowed}."
                : $"Jenis instansi \"{draft.Kind}\" tidak dikenal; pilih salah satu: {allowed}."));
        }
        return kind;
    }

    /// <summary>
    /// The new parent, or null for a root. The parent must exist and must not be the unit being moved or a unit below
    /// it; a unit without parent is allowed only while the installation has no other root.
    /// </summary>
    static async Task<ParentRef?> CheckParentAsync(SakipDb db, string? code, UnitEntity? moving, List<Problem> problems, CancellationToken ct)
    {
        if (code is null)
        {
            if (moving is { ParentId: null })
            {
                return null; // a root stays a root
            }
            var self = moving?.Id ?? 0;
            var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null && u.Id != self)
                .OrderBy(u => u.Id).Select(u => u.Code).FirstOrDefaultAsync(ct);
            if (root is not null)
            {
                problems.Add(new("induk", $"Induk wajib diisi: instalasi ini sudah memiliki instansi teratas ({root})."));
            }
            return null;
        }
        var parent = await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => new ParentRef(u.Id, u.Path)).FirstOrDefaultAsync(ct);
        if (parent is null)
        {
            problems.Add(new("induk", $"Induk {code} tidak ditemukan."));
            return null;
        }
        if (moving is not null && parent.Path.StartsWith(moving.Path, StringComparison.Ordinal))
        {
            problems.Add(new("induk", "Instansi tidak dapat dipindah ke bawah dirinya sendiri."));
            return null;
        }
        return parent;
    }

    /// <summary>A transaction of our own, unless the caller already runs one (then the caller commits).</summary>
    static async Task<IDbContextTransaction?> BeginAsync(SakipDb db, CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    static async Task CommitAsync(IDbContextTransaction? own, CancellationToken ct)
    {
        if (own is not null)
        {
            await own.CommitAsync(ct);
        }
    }

    sealed record ParentRef(int Id, string Path);
}
