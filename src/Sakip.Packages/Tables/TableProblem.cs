using System.Globalization;

namespace Sakip.Packages.Tables;

/// <summary>A problem found in a package file, located by file, line (1 = header) and column (1-based).</summary>
/// <remarks>
/// For CSV the line is the physical line where the record (or quoted field) starts; for a workbook
/// it is the sheet row. The column is the field number, not a character offset.
/// </remarks>
public sealed record TableProblem(string File, int Line, int? Column, string Message)
{
    public override string ToString() => Column is { } column
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{column}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Message}");
}
