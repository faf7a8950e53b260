namespace Sakip.Data.Audit;

/// <summary>
/// One entry of the audit trail (jejak audit): who did what to which record, when and from where, with the values before
/// and after. Only ever inserted: the context refuses to change or delete it, and database triggers refuse it too.
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";

    /// <summary>The client's IP address, or <c>cli</c>.</summary>
    public string? Address { get; set; }

    /// <summary>What was done: <c>tambah</c>, <c>ubah</c>, <c>hapus</c>, <c>ajukan</c>, <c>setujui</c>, <c>kembalikan</c>, <c>buka</c>, <c>impor</c>, <c>ekspor</c>, <c>masuk</c>, <c>gagal_masuk</c> …</summary>
    public string Action { get; set; } = "";

    /// <summary>The kind of record (its table), e.g. <c>realisations</c>.</summary>
    public string Entity { get; set; } = "";

    /// <summary>The record's key.</summary>
    public string? EntityKey { get; set; }

    /// <summary>The unit the record belongs to, for searching by unit.</summary>
    public int? UnitId { get; set; }

    /// <summary>A readable line: "Realisasi IKU-1 Triwulan I 2021".</summary>
    public string Summary { get; set; } = "";

    /// <summary>The changed fields before, as a JSON object; null for a creation.</summary>
    public string? OldValues { get; set; }

    /// <summary>The changed fields after, as a JSON object; null for a deletion.</summary>
    public string? NewValues { get; set; }
}
