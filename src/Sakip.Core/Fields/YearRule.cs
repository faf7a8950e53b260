using System.Globalization;
using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>The one range of years every record accepts.</summary>
/// <remarks>
/// SAKIP began with Inpres 7/1999 and plans reach 20 years ahead (RPJPD), so 1900–2100 holds every real year while a
/// typo such as 20211 or 221 is refused.
/// </remarks>
public static class YearRule
{
    public const int First = 1900;
    public const int Last = 2100;

    public static bool IsValid(int year) => year is >= First and <= Last;

    public static string Message(string label = "Tahun") =>
        string.Create(CultureInfo.InvariantCulture, $"{label} harus empat angka antara {First} dan {Last}.");

    public static Problem? Check(string where, int? year, string label = "Tahun") =>
        year is { } y && !IsValid(y) ? new Problem(where, Message(label)) : null;
}
