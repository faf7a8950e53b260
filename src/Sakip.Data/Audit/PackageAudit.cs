using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Exchange;
using Sakip.Data.Organisation;

namespace Sakip.Data.Audit;

/// <summary>
/// A package import or export recorded as one entry (a package can hold a million rows; one entry per row would bury
/// the trail): the file, the counts and the units it covers, under the unit that holds them all.
/// </summary>
public static class PackageAudit
{
    public const string Import = "impor";
    public const string Export = "ekspor";

    /// <summary>The entity name of a package in the trail (it is not a table).</summary>
    public const string Entity = "paket";

    /// <summary>Most unit codes listed in one entry; the count says how many there were.</summary>
    const int MaxUnitCodes = 50;

    /// <summary>Adds the <c>impor</c> entry to the context; the importer saves it in the import's transaction.</summary>
    public static async Task AddImportAsync(SakipDb db, string? fileName, ImportSummary summary, IReadOnlyCollection<string> unitCodes, DateTimeOffset now, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? "(tanpa nama)" : fileName;
        var json = Json(w =>
        {
            w.WriteString("berkas", name);
            w.WriteNumber("ditambah", summary.Added);
            w.WriteNumber("diubah", summary.Changed);
            Units(w, unitCodes);
            w.WriteStartObject("isi");
            foreach (var file in summary.Files.Where(f => f.Added + f.Changed + f.Unchanged > 0))
            {
                w.WriteStartObject(file.File);
                w.WriteNumber("ditambah", file.Added);
                w.WriteNumber("diubah", file.Changed);
                w.WriteNumber("tetap", file.Unchanged);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        });
        AuditLog.Add(db, now, Import, Entity, name, await CommonUnitAsync(db, unitCodes, ct),
            $"Impor paket {name}: {summary.Added} ditambah, {summary.Changed} diubah", null, json);
    }

    /// <summary>Adds the <c>ekspor</c> entry of a unit's package (the unit and those below it); the caller saves.</summary>
    public static void AddExport(SakipDb db, string fileName, int unitId, string unitCode, int? year, DateTimeOffset now) =>
        AuditLog.Add(db, now, Export, Entity, fileName, unitId, $"Ekspor paket {unitCode} {(year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "semua tahun")}",
            null, Json(w =>
            {
                w.WriteString("berkas", fileName);
                w.WriteString("instansi", unitCode);
                if (year is { } y)
                {
                    w.WriteNumber("tahun", y);
                }
            }));

    static void Units(Utf8JsonWriter w, IReadOnlyCollection<string> codes)
    {
        w.WriteNumber("jumlah_instansi", codes.Count);
        w.WriteStartArray("instansi");
        foreach (var code in codes.Order(StringComparer.Ordinal).Take(MaxUnitCodes))
        {
            w.WriteStringValue(code);
        }
        w.WriteEndArray();
    }

    /// <summary>The lowest unit above or at every unit the package touched, so a search by any unit above finds the import.</summary>
    static async Task<int?> CommonUnitAsync(SakipDb db, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var paths = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => u.Path).ToListAsync(ct);
        if (paths.Count == 0)
        {
            return null;
        }
        var common = UnitPaths.Ids(paths[0]).ToList();
        foreach (var path in paths.Skip(1))
        {
            var ids = UnitPaths.Ids(path).ToList();
            common = [.. common.Zip(ids).TakeWhile(p => p.First == p.Second).Select(p => p.First)];
        }
        return common.Count > 0 ? common[^1] : null;
    }

    static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
