using Sakip.Packages.Tables;

namespace Sakip.Packages.Xlsx;

/// <summary>
/// The outcome of reading a workbook: one table per known sheet that could be read, the names of
/// sheets the caller did not ask for (to warn about), and the problems of all sheets.
/// </summary>
public sealed record WorkbookRead(
    IReadOnlyList<Table> Tables,
    IReadOnlyList<string> UnknownSheets,
    IReadOnlyList<TableProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;

    /// <summary>The table read from the sheet of that name (case-insensitive), or null when there is none.</summary>
    public Table? Find(string name) =>
        Tables.FirstOrDefault(table => string.Equals(table.Name, name, StringComparison.OrdinalIgnoreCase));
}
