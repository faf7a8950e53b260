using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Evaluation;

namespace Sakip.Web.Features.Evaluasi.Templat;

/// <summary>A stored template version as the administration pages list it.</summary>
public sealed record TemplateRow(int Id, string Code, string Name, string Regulation, int Version, bool BuiltIn, bool Active, int UsedBy, DateTimeOffset CreatedAt, string? CreatedBy);

internal static class TemplateRows
{
    public static async Task<List<TemplateRow>> AllAsync(SakipDb db, CancellationToken ct)
    {
        var usage = await TemplateVersions.UsageAsync(db, ct);
        var rows = await db.LkeTemplates.AsNoTracking().OrderByDescending(t => t.BuiltIn).ThenBy(t => t.Code).ThenByDescending(t => t.Version)
            .Select(t => new { t.Id, t.Code, t.Name, t.Regulation, t.Version, t.BuiltIn, t.Active, t.CreatedAt, t.CreatedBy }).ToListAsync(ct);
        return [.. rows.Select(t => new TemplateRow(t.Id, t.Code, t.Name, t.Regulation, t.Version, t.BuiltIn, t.Active, usage.GetValueOrDefault(t.Id), t.CreatedAt, t.CreatedBy))];
    }

    /// <summary>A template code an Admin chooses: lower-case letters, digits and underscores, as the built-in ones.</summary>
    public static bool IsValidCode(string? code) =>
        code is { Length: > 0 and <= 80 } && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    public const string CodeRule = "Kode hanya huruf kecil, angka dan garis bawah (paling banyak 80 karakter), misalnya pergub_kaltim_2023.";
}
