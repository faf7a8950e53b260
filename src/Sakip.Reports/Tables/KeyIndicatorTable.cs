using Sakip.Core.Planning;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>The Indikator Kinerja Utama with their formula, data source and who is responsible.</summary>
public sealed record KeyIndicatorTable(IReadOnlyList<Indicator> Indicators, Func<string, string> UnitName)
{
    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column("Indikator Kinerja Utama", Width: 3), new Column("Satuan", CellAlign.Center),
            new Column("Formula", Width: 3), new Column("Sumber Data", Width: 1.5m), new Column("Penanggung Jawab", Width: 1.5m),
        ],
        [.. Indicators.Select((i, at) => Row.Of(
            Cells.Number(at + 1), i.Name, Cells.Text(i.Measure), Cells.Text(i.Formula), Cells.Text(i.DataSource),
            Cells.Text(i.Responsible is { } r ? UnitName(r) : null)))]);
}
