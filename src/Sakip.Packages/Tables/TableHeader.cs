using System.Globalization;

namespace Sakip.Packages.Tables;

/// <summary>Column names as written, with a case-insensitive, whitespace-trimmed lookup.</summary>
/// <remarks>
/// A blank name is allowed (spreadsheets leave empty columns behind) but can never be looked up,
/// and blank names do not count as duplicates of each other.
/// </remarks>
public sealed class TableHeader
{
    private readonly Dictionary<string, int> _index;

    private TableHeader(IReadOnlyList<string> names, Dictionary<string, int> index)
    {
        Names = names;
        _index = index;
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>The 0-based index of a column, or -1 when the header has no such column.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name.Trim(), out var index) ? index : -1;

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Builds a header for writing; a duplicate name is a programming error.</summary>
    public static TableHeader Create(IReadOnlyList<string> names)
    {
        var problems = new ProblemLog();
        return Read(names, "header", 1, problems)
            ?? throw new ArgumentException(problems.ToList()[0].Message, nameof(names));
    }

    /// <summary>Builds a header read from a file; each duplicate name becomes a problem and the result is null.</summary>
    internal static TableHeader? Read(IReadOnlyList<string> names, string source, int line, ProblemLog problems)
    {
        var index = new Dictionary<string, int>(names.Count, StringComparer.OrdinalIgnoreCase);
        var ok = true;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!index.TryAdd(name, i))
            {
                problems.Add(new TableProblem(source, line, i + 1, string.Format(
                    CultureInfo.InvariantCulture, "nama kolom \"{0}\" ganda (sudah ada di kolom {1})", name, index[name] + 1)));
                ok = false;
            }
        }

        return ok ? new TableHeader([.. names], index) : null;
    }
}
