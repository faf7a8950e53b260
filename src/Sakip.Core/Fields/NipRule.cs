using System.Globalization;

namespace Sakip.Core.Fields;

/// <summary>
/// The Nomor Induk Pegawai of a civil servant: 18 digits — birth date (yyyyMMdd), appointment (yyyyMM), sex (1 or 2)
/// and a sequence number (PP 11/2017, BKN). People write it with spaces (19700101 199003 1 001); it is stored without.
/// </summary>
public static class NipRule
{
    /// <summary>The digits of a NIP, as stored.</summary>
    public const int Length = 18;

    public static string? Normalize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>What is wrong with a normalised NIP, in Bahasa Indonesia, or null when it is well formed.</summary>
    public static string? Problem(string nip, string who)
    {
        if (nip.Length != Length || !nip.All(char.IsAsciiDigit))
        {
            return $"NIP {who} harus 18 angka (tertulis {nip.Count(char.IsAsciiDigit)} angka{(nip.All(char.IsAsciiDigit) ? "" : " dan karakter lain")}), contoh: 19700101 199003 1 001.";
        }
        if (!DateOnly.TryParseExact(nip[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"NIP {who} tidak valid: 8 angka pertama harus tanggal lahir (tahun, bulan, tanggal).";
        }
        return nip[14] is '1' or '2' ? null : $"NIP {who} tidak valid: angka ke-15 (jenis kelamin) harus 1 atau 2.";
    }
}
