using System.Globalization;
using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>The signing date of a Perjanjian Kinerja against the year it agrees on.</summary>
/// <remarks>
/// PermenPAN-RB 53/2014: a PK is signed at the start of its year, at the latest a month after the DIPA/DPA, and is often
/// signed in December of the year before. A date in the year or that December is usual; a date up to a year outside
/// (a late revision, a typo in the year) is possible but unlikely, so it is a warning; further off it is refused.
/// </remarks>
public static class AgreementDateRule
{
    public static Problem? Check(string where, DateOnly? signedOn, int year)
    {
        if (signedOn is not { } date || !YearRule.IsValid(year))
        {
            return null;
        }
        var from = new DateOnly(year - 1, 12, 1);
        var to = new DateOnly(year, 12, 31);
        if (date >= from && date <= to)
        {
            return null;
        }
        var text = date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        return date < from.AddYears(-1) || date > to.AddYears(1)
            ? new Problem(where, $"Tanggal penandatanganan {text} terlalu jauh dari tahun PK {year}: PK ditandatangani pada tahun {year} atau Desember {year - 1}.")
            : Problem.Warning(where, $"Tanggal penandatanganan {text} di luar tahun PK {year} (biasanya tahun {year} atau Desember {year - 1}); pastikan sudah benar.");
    }
}
