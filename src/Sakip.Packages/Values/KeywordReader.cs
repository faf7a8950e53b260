namespace Sakip.Packages.Values;

/// <summary>Reads a cell as one word of a fixed list (<c>naik|turun|stabil</c>), ignoring case and surrounding spaces.</summary>
public static class KeywordReader
{
    public static CellKeyword Read(string? text, IReadOnlyList<string> allowed)
    {
        if (NoValue.Is(text))
        {
            return CellKeyword.Empty;
        }

        var trimmed = text.Trim();
        foreach (var word in allowed)
        {
            if (string.Equals(trimmed, word, StringComparison.OrdinalIgnoreCase))
            {
                return new CellKeyword(word, null);
            }
        }

        return new CellKeyword(null,
            $"nilai {CellText.Quote(text)} tidak dikenal; gunakan salah satu: {string.Join(", ", allowed)}");
    }
}
