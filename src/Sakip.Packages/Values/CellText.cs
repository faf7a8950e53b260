namespace Sakip.Packages.Values;

/// <summary>Quotes a cell's text for a problem message, shortened so a huge cell cannot flood the report.</summary>
internal static class CellText
{
    private const int MaxShown = 60;

    public static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxShown ? $"\"{trimmed}\"" : $"\"{trimmed[..MaxShown]}…\"";
    }
}
