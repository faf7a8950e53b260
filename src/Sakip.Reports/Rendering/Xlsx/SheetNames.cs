namespace Sakip.Reports.Rendering.Xlsx;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe,
/// not the reserved "History", and unique regardless of case (Excel refuses to open a workbook that breaks any).
/// </summary>
public sealed class SheetNames
{
    public const int MaxLength = 31;
    readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string wanted)
    {
        var clean = Clean(wanted);
        var name = clean;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = clean[..Math.Min(clean.Length, MaxLength - suffix.Length)].TrimEnd() + suffix;
        }
        return name;
    }

    static string Clean(string wanted)
    {
        var chars = XmlText.Clean(wanted).Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c) ? '-' : c).ToArray();
        var name = new string(chars).Trim().Trim('\'').Trim();
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength].TrimEnd().TrimEnd('\'');
        }
        if (name.Length == 0 || name.Equals("History", StringComparison.OrdinalIgnoreCase))
        {
            name = "Tabel" + (name.Length == 0 ? "" : " " + name);
        }
        return name;
    }
}
