namespace Sakip.Packages.Tables;

/// <summary>One data row: its physical line (or sheet row) in the source and one cell per header column.</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells)
{
    public string this[int column] => Cells[column];
}
