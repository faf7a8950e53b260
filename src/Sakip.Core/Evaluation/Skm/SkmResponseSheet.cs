using System.Globalization;
using Sakip.Core.Problems;

namespace Sakip.Core.Evaluation.Skm;

/// <summary>
/// The respondents' answers of one service as a CSV text (header <c>u1,…,u9</c>, one respondent per row, each answer
/// 1–4), as a coordinator exports it from the survey form. Comma or semicolon separated: a spreadsheet in id-ID
/// saves CSV with semicolons.
/// </summary>
public static class SkmResponseSheet
{
    /// <summary>More rows than any survey of one service needs; larger files are refused rather than read.</summary>
    public const int MaxRows = 20_000;

    /// <summary>The answers, or null and every problem found, each named <c>baris N, kolom uK</c> (the header is line 1).</summary>
    public static IReadOnlyList<IReadOnlyList<int>>? Parse(string text, out IReadOnlyList<Problem> problems)
    {
        var found = new List<Problem>();
        problems = found;
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var separator = lines[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = lines[0].Split(separator).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var expected = Enumerable.Range(1, IkmRule.Elements).Select(i => string.Create(CultureInfo.InvariantCulture, $"u{i}")).ToList();
        if (!header.SequenceEqual(expected))
        {
            found.Add(new Problem("baris 1", $"judul kolom harus {string.Join(",", expected)}"));
            return null;
        }
        var rows = new List<IReadOnlyList<int>>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            if (rows.Count == MaxRows)
            {
                found.Add(new Problem($"baris {i + 1}", $"paling banyak {MaxRows} responden per berkas"));
                return null;
            }
            rows.Add(Row(lines[i].Split(separator), i + 1, found));
        }
        if (rows.Count == 0 && found.Count == 0)
        {
            found.Add(new Problem("baris 2", "berkas tidak berisi jawaban responden"));
        }
        return found.Count > 0 ? null : rows;
    }

    static int[] Row(string[] cells, int line, List<Problem> found)
    {
        if (cells.Length != IkmRule.Elements)
        {
            found.Add(new Problem($"baris {line}", $"harus berisi {IkmRule.Elements} jawaban, tertulis {cells.Length}"));
            return [];
        }
        var answers = new int[IkmRule.Elements];
        for (var e = 0; e < cells.Length; e++)
        {
            var cell = cells[e].Trim();
            if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out answers[e]) || answers[e] is < 1 or > 4)
            {
                found.Add(new Problem($"baris {line}, kolom u{e + 1}", $"jawaban harus 1, 2, 3 atau 4, tertulis \"{Clip(cell)}\""));
            }
        }
        return answers;
    }

    static string Clip(string cell) => cell.Length > 20 ? cell[..20] + "…" : cell;
}
