using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>The codes that identify units, plan elements, indicators and budget lines.</summary>
/// <remarks>
/// Codes appear in addresses (<c>?indikator=IKU-01</c>), file names and Kepmendagri nomenclature (<c>1.01.02.2.01</c>),
/// so they are letters, digits and <c>. - _</c> only, at most <see cref="MaxLength"/> characters: a space or a slash
/// in a code breaks a link, and an over-long one failed in PostgreSQL instead of being reported.
/// </remarks>
public static class CodeRule
{
    public static int MaxLength => TextRules.MaxLength(TextField.Code);

    public static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';

    /// <summary>A problem with a code that is given; an empty code is the caller's "wajib diisi".</summary>
    public static Problem? Check(string where, string? code, string label = "Kode")
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }
        if (TextRules.Check(where, TextField.Code, code, label) is { } tooLong)
        {
            return tooLong;
        }
        var bad = code.FirstOrDefault(c => !IsAllowed(c));
        return bad == default
            ? null
            : new Problem(where, $"{label} hanya boleh berisi huruf, angka, titik, tanda hubung dan garis bawah (ditemukan \"{bad}\").");
    }
}
