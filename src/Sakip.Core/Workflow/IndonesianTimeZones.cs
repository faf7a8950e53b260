namespace Sakip.Core.Workflow;

/// <summary>
/// The three time zones of Indonesia. None observes daylight saving, so each is a fixed offset and needs no time-zone
/// database on the server: WIB (Asia/Jakarta, UTC+7), WITA (Asia/Makassar, UTC+8), WIT (Asia/Jayapura, UTC+9).
/// </summary>
public static class IndonesianTimeZones
{
    public const string Default = "WIB";

    public static readonly IReadOnlyList<string> Codes = ["WIB", "WITA", "WIT"];

    /// <summary>The zone of a code (WIB/WITA/WIT, or its IANA name), or null when unknown.</summary>
    public static TimeZoneInfo? Find(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "WIB" or "ASIA/JAKARTA" or "ASIA/PONTIANAK" => Zone("WIB", 7, "Waktu Indonesia Barat"),
        "WITA" or "ASIA/MAKASSAR" => Zone("WITA", 8, "Waktu Indonesia Tengah"),
        "WIT" or "ASIA/JAYAPURA" => Zone("WIT", 9, "Waktu Indonesia Timur"),
        _ => null,
    };

    static TimeZoneInfo Zone(string code, int hours, string name) =>
        TimeZoneInfo.CreateCustomTimeZone(code, TimeSpan.FromHours(hours), $"{name} (UTC+{hours})", code);
}
