using System.Globalization;

namespace Sakip.Core.Workflow.Schedules;

/// <summary>How deadlines and policies read on pages and in messages: always with the zone, as people in WITA and WIT must not guess.</summary>
public static class ScheduleText
{
    /// <summary>"31-01-2022 pukul 23.59 WIB": the last minute of the window.</summary>
    public static string Closes(DateOnly closesOn, TimeZoneInfo zone) =>
        string.Create(CultureInfo.InvariantCulture, $"{closesOn:dd-MM-yyyy} pukul 23.59 {zone.Id}");

    /// <summary>"01-04-2021 pukul 00.00 WIB", or "sejak awal" when the window has no opening day.</summary>
    public static string Opens(DateOnly? opensOn, TimeZoneInfo zone) =>
        opensOn is { } day ? string.Create(CultureInfo.InvariantCulture, $"{day:dd-MM-yyyy} pukul 00.00 {zone.Id}") : "sejak awal";

    public static string Policy(LatePolicy policy) => policy switch
    {
        LatePolicy.Mark => "dicatat terlambat",
        LatePolicy.Refuse => "ditolak",
    };

    /// <summary>The code of a policy in forms, the API and CSV files.</summary>
    public static string PolicyCode(LatePolicy policy) => policy switch
    {
        LatePolicy.Mark => "dicatat",
        LatePolicy.Refuse => "ditolak",
    };

    public static LatePolicy? ParsePolicy(string? code) =>
        Enum.GetValues<LatePolicy>().Cast<LatePolicy?>().FirstOrDefault(p => string.Equals(PolicyCode(p!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
