using Sakip.Core.Organisation;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>Sarana dan prasarana of a unit in a year.</summary>
public sealed record FacilityTable(IReadOnlyList<Facility> Facilities)
{
    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Jenis Sarana dan Prasarana", Width: 3), new Column("Jumlah", CellAlign.Right),
            new Column("Satuan", CellAlign.Center), new Column("Kondisi", CellAlign.Center), new Column("Keterangan", Width: 2),
        ],
        [.. Facilities.Select((f, i) => Row.Of(Cells.Number(i + 1), f.Name, Cells.Value(f.Quantity), Cells.Text(f.Measure), Cells.Text(f.Condition), Cells.Text(f.Note)))]);
}
