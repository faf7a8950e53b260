using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;

namespace Sakip.Core.Tests.Workflow.Schedules;

public sealed class ScheduleRuleTests
{
    static DateOnly? D(string? day) => day is null ? null : DateOnly.ParseExact(day, "yyyy-MM-dd");

    public static TheoryData<CycleObject, int, Period, string?, string, string?> Cases => new()
    {
        { CycleObject.Realisation, 2021, Period.Q4, "2022-01-01", "2022-01-31", null },
        { CycleObject.Realisation, 2021, Period.Q4, "2022-01-01", "2022-01-01", null },
        { CycleObject.Agreement, 2021, Period.Annual, null, "2021-02-28", null },
        { CycleObject.Realisation, 2021, Period.Q4, "2022-02-01", "2022-01-31", "ditutup: Tanggal ditutup (31-01-2022) tidak boleh sebelum tanggal dibuka (01-02-2022)." },
        { CycleObject.Agreement, 2021, Period.Q2, null, "2021-02-28", "periode: Perjanjian Kinerja dijadwalkan per tahun; pilih periode Tahunan." },
        { CycleObject.Lkjip, 2021, Period.Annual, null, "3022-02-28", "ditutup: Tanggal ditutup harus antara 01-01-2019 dan 31-12-2023 untuk jadwal tahun 2021." },
        { CycleObject.Lkjip, 2021, Period.Annual, null, "9999-12-31", "ditutup: Tanggal ditutup harus antara 01-01-2019 dan 31-12-2023 untuk jadwal tahun 2021." },
        { CycleObject.Lkjip, 2021, Period.Annual, "0001-01-01", "2022-02-28", "dibuka: Tanggal dibuka harus antara 01-01-2019 dan 31-12-2023 untuk jadwal tahun 2021." },
        { CycleObject.Targets, 20211, Period.Annual, null, "2021-01-31", "tahun: Tahun harus empat angka antara 1900 dan 2100." },
        { CycleObject.Targets, 2100, Period.Annual, null, "2102-12-31", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_refuses_closing_before_opening_periods_that_do_not_fit_and_dates_far_from_the_year(
        CycleObject kind, int year, Period period, string? opens, string closes, string? expected)
    {
        var problems = ScheduleRule.Check(kind, year, period, D(opens), D(closes)!.Value);

        problems.Select(p => $"{p.Field}: {p.Message}").ShouldBe(expected is null ? [] : [expected]);
    }
}
