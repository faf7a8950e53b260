using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering;

/// <summary>Caption texts and anchors as every format prints them: "Tabel 3.4 …" above a table, "Gambar 1.1 …" under a figure.</summary>
public static class Captions
{
    public static string Of(TableBlock table) => $"Tabel {table.Number} {table.Caption}";

    public static string Of(ChartBlock chart) => $"Gambar {chart.Number} {chart.Caption}";

    public static string Of(OrgChartBlock chart) => $"Gambar {chart.Number} {chart.Caption}";

    public static string MissingMarker(MissingText missing) => $"[Bagian ini belum diisi: {missing.Section}]";

    /// <summary>An anchor or bookmark name made of letters, digits and underscores only, valid in HTML and in Word.</summary>
    public static string Anchor(string prefix, string number) =>
        prefix + "_" + new string(number.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

    /// <summary>The cell a row has in a column; rows shorter than the table are padded with empty cells.</summary>
    public static Cell CellAt(Row row, int column) => column < row.Cells.Count ? row.Cells[column] : new Cell("");
}
