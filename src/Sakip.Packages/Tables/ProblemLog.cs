using System.Globalization;

namespace Sakip.Packages.Tables;

/// <summary>Collects the problems of one file, keeping at most <see cref="MaxProblems"/>.</summary>
/// <remarks>
/// A badly broken file (say, a stray quote that shifts every following row) can produce a problem
/// per line; a million of them helps nobody and costs memory, so the rest are only counted.
/// </remarks>
internal sealed class ProblemLog
{
    public const int MaxProblems = 1000;

    private readonly List<TableProblem> _problems = [];
    private TableProblem? _firstSuppressed;
    private int _suppressed;

    public int Count => _problems.Count + _suppressed;

    public void Add(TableProblem problem)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(problem);
            return;
        }

        _firstSuppressed ??= problem;
        _suppressed++;
    }

    public IReadOnlyList<TableProblem> ToList()
    {
        if (_firstSuppressed is null)
        {
            return [.. _problems];
        }

        var summary = _firstSuppressed with
        {
            Column = null,
            Message = string.Format(CultureInfo.InvariantCulture,
                "{0} masalah lain mulai baris ini tidak ditampilkan", _suppressed),
        };
        return [.. _problems, summary];
    }
}
