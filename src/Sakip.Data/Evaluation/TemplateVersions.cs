using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Problems;
using Sakip.Data.Concurrency;

namespace Sakip.Data.Evaluation;

/// <summary>
/// Stored LKE template versions: seeding the built-in ones, reading a version back into its <see cref="LkeTemplate"/>,
/// and saving an Admin's change as the next version (a stored version is never rewritten, so an evaluation keeps the
/// template it was made with).
/// </summary>
public static class TemplateVersions
{
    /// <summary>Stores each template whose code and version are not stored yet (BuiltIn, Active). Idempotent.</summary>
    public static async Task<int> SeedAsync(SakipDb db, IEnumerable<LkeTemplate> templates, DateTimeOffset now, CancellationToken ct)
    {
        var stored = await db.LkeTemplates.AsNoTracking().Select(t => new { t.Code, t.Version }).ToListAsync(ct);
        var added = 0;
        foreach (var template in templates.Where(t => !stored.Any(s => s.Code == t.Code && s.Version == t.Version)))
        {
            db.LkeTemplates.Add(Row(template, builtIn: true, "sistem", now));
            added++;
        }
        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
        }
        return added;
    }

    /// <summary>The template a stored version holds, or null when the row is missing or its text no longer reads.</summary>
    public static async Task<LkeTemplate?> ReadAsync(SakipDb db, int id, CancellationToken ct)
    {
        var json = await db.LkeTemplates.AsNoTracking().Where(t => t.Id == id).Select(t => t.Json).FirstOrDefaultAsync(ct);
        return json is null ? null : LkeTemplateJson.Read(json, out _);
    }

    /// <summary>
    /// Stores <paramref name="template"/> as the next version of its code (1 for a new code). Refused with a problem when
    /// the code belongs to a built-in template, whose versions only Sakip ships.
    /// </summary>
    public static async Task<(LkeTemplateEntity? Row, IReadOnlyList<Problem> Problems)> SaveNextAsync(
        SakipDb db, LkeTemplate template, string? by, DateTimeOffset now, CancellationToken ct)
    {
        var versions = await db.LkeTemplates.AsNoTracking().Where(t => t.Code == template.Code)
            .Select(t => new { t.Version, t.BuiltIn }).ToListAsync(ct);
        if (versions.Any(v => v.BuiltIn))
        {
            return (null, [new Problem("Kode", $"kode {template.Code} milik templat bawaan; salin templat dengan kode lain")]);
        }
        var next = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
        var row = Row(template.With(version: next), builtIn: false, by, now);
        db.LkeTemplates.Add(row);
        // Two Admins saving the same code at once: the unique (code, version) index lets one win.
        return await db.TrySaveChangesAsync(ct) ? (row, [])
            : (null, [new Problem("versi", $"templat {template.Code} baru saja disimpan pengguna lain; muat ulang lalu coba lagi")]);
    }

    /// <summary>How many evaluations use each template version, by template id.</summary>
    public static async Task<Dictionary<int, int>> UsageAsync(SakipDb db, CancellationToken ct) =>
        await db.Evaluations.AsNoTracking().GroupBy(e => e.TemplateId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    static LkeTemplateEntity Row(LkeTemplate template, bool builtIn, string? by, DateTimeOffset now) => new()
    {
        Code = template.Code,
        Version = template.Version,
        Name = template.Name,
        Regulation = template.Regulation,
        Json = LkeTemplateJson.Write(template),
        BuiltIn = builtIn,
        Active = true,
        CreatedAt = now,
        CreatedBy = by,
    };
}
