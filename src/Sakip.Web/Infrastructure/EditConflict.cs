using Sakip.Core.Problems;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// What an editor is told when someone else saved the same record since it was opened: who, when and the value now
/// stored, so the editor can compare it with what they typed (kept in the form) before saving again.
/// </summary>
public static class EditConflict
{
    public const string Title = "Data telah diubah pengguna lain.";

    /// <param name="what">The record, e.g. "Realisasi Triwulan II 2021".</param>
    /// <param name="current">The values now stored, as people read them (id-ID).</param>
    public static Problem Problem(string what, int version, string current, string? by = null, DateTimeOffset? at = null)
    {
        var who = string.IsNullOrWhiteSpace(by) ? "pengguna lain" : by;
        var when = at is { } time ? $" pada {time.ToLocalTime().ToString("d MMM yyyy HH:mm", Formats.Id)}" : "";
        return new Problem("versi", $"{what} telah diubah oleh {who}{when} sejak Anda membukanya (sekarang versi {version}). "
            + $"Nilai yang tersimpan sekarang: {current}. Perubahan Anda belum disimpan; periksa lalu simpan lagi bila tetap ingin mengubahnya.");
    }

    /// <summary>When the record was removed or was created by someone else at the same moment.</summary>
    public static Problem Gone(string what) =>
        new("versi", $"{what} telah diubah atau dibuat pengguna lain pada saat yang sama. Perubahan Anda belum disimpan; muat ulang lalu coba lagi.");
}
