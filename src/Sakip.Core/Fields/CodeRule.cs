using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>The codes that identify units, plan elements, indicators and budget lines.</summary>
/// <remarks>
/// The data package spec makes codes free text (compared exactly), so a code is refused only where it cannot be stored or
/// read back: longer than <see cref="MaxLength"/> (the column) or holding a control character (a tab or line break that
/// no form can type and no CSV cell shows). A space or a slash is allowed but warned about: a code appears in addresses
/// (<c>/api/v1/indikator/IKU-01</c>), where a slash splits the path and a space must be escaped.
/// </remarks>
public static class CodeRule
{
    public static int MaxLength => TextRules.MaxLength(TextField.Code);

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
        if (code.Any(char.IsControl))
        {
            return new Problem(where, $"{label} tidak boleh memuat karakter kendali (tab atau baris baru).");
        }
        return code.Any(c => char.IsWhiteSpace(c) || c == '/')
            ? Problem.Warning(where, $"{label} \"{code}\" memuat spasi atau garis miring (/), sehingga sulit dipakai dalam alamat tautan dan API; sebaiknya gunakan huruf, angka, titik, tanda hubung atau garis bawah.")
            : null;
    }
}
