using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;

namespace Sakip.Core.Workflow.Schedules;

/// <summary>What a schedule (jadwal) an Admin sets must satisfy; the page and any other writer apply the same rule.</summary>
public static class ScheduleRule
{
    /// <summary>How far from its year a window may close: a year's LKjIP closes in the next year, nothing later than two.</summary>
    public const int YearsAround = 2;

    /// <summary>The problems with a window for <paramref name="kind"/> and <paramref name="period"/> of <paramref name="year"/>; empty when it may be saved.</summary>
    /// <remarks>
    /// The closing day is kept within <see cref="YearsAround"/> years of the year: a typo such as 3022 would otherwise
    /// never close, and a date at the end of the calendar has no "day after" to close at.
    /// </remarks>
    public static IReadOnlyList<Problem> Check(CycleObject kind, int year, Period period, DateOnly? opensOn, DateOnly closesOn)
    {
        if (!YearRule.IsValid(year))
        {
            return [new Problem("tahun", YearRule.Message())];
        }
        var problems = new List<Problem>();
        if (CycleObjects.PeriodOf(kind, period) is null)
        {
            problems.Add(new Problem("periode", $"{CycleObjects.Label(kind)} dijadwalkan per tahun; pilih periode Tahunan."));
        }
        var first = new DateOnly(year - YearsAround, 1, 1);
        var last = new DateOnly(year + YearsAround, 12, 31);
        if (closesOn < first || closesOn > last)
        {
            problems.Add(new Problem("ditutup", $"Tanggal ditutup harus antara {first:dd-MM-yyyy} dan {last:dd-MM-yyyy} untuk jadwal tahun {year}."));
        }
        if (opensOn is { } opens && (opens < first || opens > last))
        {
            problems.Add(new Problem("dibuka", $"Tanggal dibuka harus antara {first:dd-MM-yyyy} dan {last:dd-MM-yyyy} untuk jadwal tahun {year}."));
        }
        else if (opensOn > closesOn)
        {
            problems.Add(new Problem("ditutup", $"Tanggal ditutup ({closesOn:dd-MM-yyyy}) tidak boleh sebelum tanggal dibuka ({opensOn:dd-MM-yyyy})."));
        }
        return problems;
    }
}
