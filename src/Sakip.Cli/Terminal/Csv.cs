namespace Sakip.Cli.Terminal;

/// <summary>RFC 4180 quoting for the CSV the commands print.</summary>
static class Csv
{
    public static string Line(params string[] cells) => string.Join(',', cells.Select(Quote));

    static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
