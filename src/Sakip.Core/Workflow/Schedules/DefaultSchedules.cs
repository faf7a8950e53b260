using Sakip.Core.Fields;
using Sakip.Core.Measurement;

namespace Sakip.Core.Workflow.Schedules;

/// <summary>
/// The windows proposed for a year, which an Admin accepts or changes on the schedule page (issue #10: quarter IV
/// closes 31 January, the PK one month after the budget is set, the LKjIP at the end of February).
/// </summary>
/// <remarks>
/// PermenPAN-RB 53/2014 asks for the PK within a month of the DPA being set and for the LKjIP by the end of February
/// of the following year. Quarterly realisasi is due on the 15th of the month after the quarter, as provinces collect
/// it for their monev. Renstra has no yearly deadline (it follows the RPJMD), and the budget is set by the DPA, not by
/// this schedule, so neither is proposed; an Admin can still add one.
/// </remarks>
public static class DefaultSchedules
{
    /// <summary>The day of the month after a quarter by which its realisasi is due.</summary>
    public const int QuarterDueDay = 15;

    /// <param name="budgetSetOn">When the year's budget (DPA) was set; without it the PK is proposed for the end of February.</param>
    public static IReadOnlyList<ProposedWindow> For(int year, DateOnly? budgetSetOn = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, YearRule.First);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, YearRule.Last);
        var yearEnd = new DateOnly(year, 12, 31);
        return
        [
            new(CycleObject.Iku, Period.Annual, Closing(new DateOnly(year, 1, 31)), "IKU ditetapkan paling lambat akhir Januari tahun berjalan."),
            new(CycleObject.Targets, Period.Annual, Closing(new DateOnly(year, 1, 31)), "Target tahunan dan triwulan ditetapkan paling lambat akhir Januari tahun berjalan."),
            budgetSetOn is { } set
                ? new(CycleObject.Agreement, Period.Annual, Closing(set.AddMonths(1)), $"Satu bulan setelah anggaran (DPA) ditetapkan {set:dd-MM-yyyy}.")
                : new(CycleObject.Agreement, Period.Annual, Closing(EndOfFebruary(year)),
                    "Satu bulan setelah anggaran (DPA) ditetapkan; tanggal penetapan belum diisi, maka dipakai akhir Februari tahun berjalan."),
            .. Periods.Quarters.Take(3).Select(q => new ProposedWindow(CycleObject.Realisation, q, Quarter(year, q),
                $"Tanggal {QuarterDueDay} bulan setelah triwulan berakhir.")),
            new(CycleObject.Realisation, Period.Q4, new EntryWindow(yearEnd.AddDays(1), new DateOnly(year + 1, 1, 31), LatePolicy.Mark),
                "Triwulan IV ditutup 31 Januari tahun berikutnya, bersama realisasi tahunan."),
            new(CycleObject.Realisation, Period.Annual, new EntryWindow(yearEnd.AddDays(1), new DateOnly(year + 1, 1, 31), LatePolicy.Mark),
                "Realisasi tahunan ditutup 31 Januari tahun berikutnya."),
            new(CycleObject.Lkjip, Period.Annual, new EntryWindow(yearEnd.AddDays(1), EndOfFebruary(year + 1), LatePolicy.Mark),
                "LKjIP disampaikan paling lambat akhir Februari tahun berikutnya (PermenPAN-RB 53/2014)."),
        ];
    }

    /// <summary>A quarter's realisasi opens when the quarter ends and closes on <see cref="QuarterDueDay"/> of the next month.</summary>
    static EntryWindow Quarter(int year, Period quarter)
    {
        var firstAfter = new DateOnly(year, 1, 1).AddMonths(quarter switch
        {
            Period.Q1 => 3,
            Period.Q2 => 6,
            Period.Q3 => 9,
            Period.Q4 or Period.Annual => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quarter IV and the year close on 31 January."),
        });
        return new EntryWindow(firstAfter, new DateOnly(firstAfter.Year, firstAfter.Month, QuarterDueDay), LatePolicy.Mark);
    }

    static EntryWindow Closing(DateOnly closesOn) => new(null, closesOn, LatePolicy.Mark);

    static DateOnly EndOfFebruary(int year) => new(year, 2, DateTime.DaysInMonth(year, 2));
}
