using Sakip.Core.Problems;

namespace Sakip.Core.Workflow;

/// <summary>
/// When an object may be entered and submitted: from <paramref name="OpensOn"/> to the end of <paramref name="ClosesOn"/>
/// (both inclusive, whole days in the installation's time zone), e.g. quarter IV of 2021 closes 31 January 2022: 23:59
/// WIB that day is on time, 00:00 of 1 February is late.
/// </summary>
public sealed record EntryWindow(DateOnly? OpensOn, DateOnly ClosesOn, LatePolicy Policy)
{
    /// <summary>The first instant after the window, in UTC.</summary>
    public DateTimeOffset ClosesAfter(TimeZoneInfo zone) => Instant(ClosesOn.AddDays(1), zone);

    /// <summary>The first instant of the window, in UTC; null when it is open from the start.</summary>
    public DateTimeOffset? OpensAt(TimeZoneInfo zone) => OpensOn is { } day ? Instant(day, zone) : null;

    public bool IsLate(DateTimeOffset at, TimeZoneInfo zone) => at >= ClosesAfter(zone);

    public bool IsBeforeOpening(DateTimeOffset at, TimeZoneInfo zone) => OpensAt(zone) is { } opens && at < opens;

    /// <summary>The problem with submitting at <paramref name="at"/>: before the window opens, or after it closes when late submissions are refused.</summary>
    public Problem? CheckSubmission(DateTimeOffset at, TimeZoneInfo zone, string what)
    {
        if (IsBeforeOpening(at, zone))
        {
            return new Problem("jadwal", $"Pengisian {what} baru dibuka {OpensOn:dd-MM-yyyy} ({zone.Id}).");
        }
        return IsLate(at, zone) && Policy == LatePolicy.Refuse
            ? new Problem("jadwal", $"Batas waktu {what} telah lewat ({ClosesOn:dd-MM-yyyy} pukul 23.59 {zone.Id}); pengajuan terlambat tidak diterima. Minta Admin membuka kembali jadwalnya.")
            : null;
    }

    static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
