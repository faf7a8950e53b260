using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Audit;

namespace Sakip.Web.Features.Admin;

/// <summary>
/// The search of the audit trail that the page, its CSV and the API share: by unit (with the units below it), user,
/// object, action and dates in the installation's time zone; newest first.
/// </summary>
public static class JejakQuery
{
    public const int PageSize = 50;

    /// <summary>Most rows in one CSV download: a larger trail is downloaded in narrower searches.</summary>
    public const int MaxCsvRows = 20_000;

    /// <summary>Beyond this page a search must be narrowed (and Skip stays far from overflow).</summary>
    public const int MaxPage = 100_000;

    const int MinYear = 2000;
    const int MaxYear = 2999;

    public sealed record Filter(string? Instansi, string? Pengguna, string? Objek, string? Aksi, DateOnly? Dari, DateOnly? Sampai);

    public sealed record Row(
        long Id, DateTimeOffset At, string? UserId, string UserName, string? Address, string Action, string Entity, string? Key,
        string? UnitCode, string Summary, string? OldValues, string? NewValues);

    /// <summary>One changed field, old and new as the trail holds them (null: no value, or none on that side).</summary>
    public sealed record FieldChange(string Field, string? Old, string? New);

    /// <summary>The matching entries, or the problems of the filter (an unknown unit, dates the wrong way round).</summary>
    public static async Task<(IQueryable<Row>? Rows, IReadOnlyList<Problem> Problems)> SearchAsync(SakipDb db, Filter filter, TimeZoneInfo zone, CancellationToken ct)
    {
        var problems = new List<Problem>();
        foreach (var (field, day) in new[] { ("dari", filter.Dari), ("sampai", filter.Sampai) })
        {
            if (day is { Year: < MinYear or > MaxYear })
            {
                problems.Add(new Problem(field, $"Tanggal {field} harus antara tahun {MinYear} dan {MaxYear}."));
            }
        }
        if (problems.Count == 0 && filter.Dari is { } from && filter.Sampai is { } to && to < from)
        {
            problems.Add(new Problem("sampai", "Tanggal sampai tidak boleh sebelum tanggal dari."));
        }
        string? unitPath = null;
        if (!string.IsNullOrWhiteSpace(filter.Instansi))
        {
            var code = filter.Instansi.Trim();
            unitPath = await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (unitPath is null)
            {
                problems.Add(new Problem("instansi", $"Instansi dengan kode \"{Clip(code)}\" tidak ditemukan."));
            }
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var entries = Dates(db, filter, zone);
        if (unitPath is not null)
        {
            entries = entries.Where(e => db.Units.Any(u => u.Id == e.UnitId && u.Path.StartsWith(unitPath)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Pengguna))
        {
            var user = filter.Pengguna.Trim();
            var normalized = user.ToUpperInvariant();
            var id = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized || u.Id == user).Select(u => u.Id).FirstOrDefaultAsync(ct);
            entries = entries.Where(e => e.UserName == user || e.UserId == user || (id != null && e.UserId == id));
        }
        if (!string.IsNullOrWhiteSpace(filter.Objek))
        {
            var entity = filter.Objek.Trim();
            entries = entries.Where(e => e.Entity == entity);
        }
        if (!string.IsNullOrWhiteSpace(filter.Aksi))
        {
            var action = filter.Aksi.Trim();
            entries = entries.Where(e => e.Action == action);
        }
        return (entries.OrderByDescending(e => e.Id).Select(e => new Row(
            e.Id, e.At, e.UserId, e.UserName, e.Address, e.Action, e.Entity, e.EntityKey,
            db.Units.Where(u => u.Id == e.UnitId).Select(u => u.Code).FirstOrDefault(), e.Summary, e.OldValues, e.NewValues)), []);
    }

    /// <summary>A page of rows (1-based) and whether another follows.</summary>
    public static async Task<(IReadOnlyList<Row> Rows, bool More)> PageAsync(IQueryable<Row> rows, int page, CancellationToken ct)
    {
        var taken = await rows.Skip((Math.Clamp(page, 1, MaxPage) - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        return (taken.Take(PageSize).ToList(), taken.Count > PageSize);
    }

    /// <summary>
    /// The date range as instants: from the first minute of <c>dari</c> to the last of <c>sampai</c> in the
    /// installation's zone. SQLite keeps instants as text, which EF does not compare, so there the range is read with
    /// SQL over that text; the trail writes every instant in UTC, where text order is time order.
    /// </summary>
    static IQueryable<AuditEntryEntity> Dates(SakipDb db, Filter filter, TimeZoneInfo zone)
    {
        if (filter.Dari is null && filter.Sampai is null)
        {
            return db.AuditEntries.AsNoTracking();
        }
        var from = filter.Dari is { } d ? Start(d, zone) : DateTimeOffset.MinValue.AddYears(1).ToUniversalTime();
        var to = filter.Sampai is { } s ? Start(s.AddDays(1), zone) : DateTimeOffset.MaxValue.AddYears(-1).ToUniversalTime();
        if (db is SqliteSakipDb)
        {
            var fromText = Sortable(from);
            var toText = Sortable(to);
            return db.AuditEntries.FromSqlInterpolated($"SELECT * FROM audit_entries WHERE \"At\" >= {fromText} AND \"At\" < {toText}").AsNoTracking();
        }
        return db.AuditEntries.AsNoTracking().Where(e => e.At >= from && e.At < to);
    }

    static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The text EF's SQLite provider stores a UTC instant as, to the second (a stored fraction sorts after it).</summary>
    static string Sortable(DateTimeOffset at) => at.ToString("yyyy'-'MM'-'dd HH':'mm':'ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>The fields an entry changed, in the order first seen, old beside new.</summary>
    public static IReadOnlyList<FieldChange> Changes(string? oldValues, string? newValues)
    {
        var old = Read(oldValues);
        var @new = Read(newValues);
        return [.. old.Keys.Concat(@new.Keys).Distinct().Select(f => new FieldChange(f, old.GetValueOrDefault(f), @new.GetValueOrDefault(f)))];
    }

    static Dictionary<string, string?> Read(string? json)
    {
        var values = new Dictionary<string, string?>();
        if (string.IsNullOrEmpty(json))
        {
            return values;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return values;
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }
        catch (JsonException)
        {
            values["(nilai)"] = json; // written by hand outside the trail: shown as it is
        }
        return values;
    }

    static string Clip(string text) => text.Length <= 50 ? text : text[..50] + "…";
}
