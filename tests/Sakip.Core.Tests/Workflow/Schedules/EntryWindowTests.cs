using System.Globalization;
using Sakip.Core.Workflow;

namespace Sakip.Core.Tests.Workflow.Schedules;

/// <summary>Whether a submission is accepted: before opening never; after closing refused or accepted as late, per the policy.</summary>
public sealed class EntryWindowTests
{
    static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    static EntryWindow Window(LatePolicy policy) => new(new DateOnly(2021, 4, 1), new DateOnly(2021, 4, 15), policy);

    public static TheoryData<LatePolicy, string, string, string?> Submissions => new()
    {
        { LatePolicy.Refuse, "WIB", "2021-04-15T23:59:00+07:00", null },
        { LatePolicy.Refuse, "WIB", "2021-04-16T00:00:00+07:00", "Batas waktu realisasi triwulan I telah lewat (15-04-2021 pukul 23.59 WIB); pengajuan terlambat tidak diterima. Minta Admin membuka kembali jadwalnya." },
        { LatePolicy.Refuse, "WITA", "2021-04-16T00:00:00+08:00", "Batas waktu realisasi triwulan I telah lewat (15-04-2021 pukul 23.59 WITA); pengajuan terlambat tidak diterima. Minta Admin membuka kembali jadwalnya." },
        { LatePolicy.Refuse, "WIT", "2021-04-15T23:59:00+09:00", null },
        { LatePolicy.Refuse, "WIT", "2021-04-16T00:00:00+09:00", "Batas waktu realisasi triwulan I telah lewat (15-04-2021 pukul 23.59 WIT); pengajuan terlambat tidak diterima. Minta Admin membuka kembali jadwalnya." },
        { LatePolicy.Mark, "WIB", "2021-04-16T00:00:00+07:00", null },
        { LatePolicy.Mark, "WIT", "2022-01-01T00:00:00+09:00", null },
        { LatePolicy.Mark, "WIB", "2021-03-31T23:59:00+07:00", "Pengisian realisasi triwulan I baru dibuka 01-04-2021 (WIB)." },
        { LatePolicy.Refuse, "WITA", "2021-03-31T23:59:00+08:00", "Pengisian realisasi triwulan I baru dibuka 01-04-2021 (WITA)." },
        { LatePolicy.Mark, "WITA", "2021-04-01T00:00:00+08:00", null },
        // 16.30 UTC on 31 March is already 1 April in Jayapura, still 31 March in Jakarta.
        { LatePolicy.Mark, "WIT", "2021-03-31T16:30:00Z", null },
        { LatePolicy.Mark, "WIB", "2021-03-31T16:30:00Z", "Pengisian realisasi triwulan I baru dibuka 01-04-2021 (WIB)." },
    };

    [Theory]
    [MemberData(nameof(Submissions))]
    public void CheckSubmission_refuses_before_opening_and_after_closing_only_when_late_entries_are_refused(LatePolicy policy, string zone, string at, string? message)
    {
        var problem = Window(policy).CheckSubmission(At(at), IndonesianTimeZones.Find(zone)!, "realisasi triwulan I");

        problem?.Message.ShouldBe(message);
        (problem is null).ShouldBe(message is null);
    }

    [Fact]
    public void A_window_without_an_opening_day_is_open_from_the_start()
    {
        var window = new EntryWindow(null, new DateOnly(2021, 1, 31), LatePolicy.Refuse);

        window.CheckSubmission(At("1990-01-01T00:00:00Z"), IndonesianTimeZones.Find("WIB")!, "target").ShouldBeNull();
    }
}
