namespace Sakip.Packages.Tables;

/// <summary>The outcome of reading one file: the table (null when there is no usable header) and its problems.</summary>
public sealed record TableRead(Table? Table, IReadOnlyList<TableProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;
}
