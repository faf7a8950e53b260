using System.Globalization;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;

namespace Sakip.Reports.KeyIndicators;

/// <summary>
/// The IKU table of a unit for a year (PermenPAN-RB 53/2014 and PermenPAN 09/2007): each sasaran with its key
/// indicators, how each is computed, its source and who answers for it, and the year's target — the table units
/// publish on their site beside the LKjIP and the PK.
/// </summary>
public static class KeyIndicatorDocument
{
    static readonly IReadOnlyList<Column> Columns =
    [
        new("No", CellAlign.Center, 0.4m), new("Sasaran", Width: 2), new("Indikator Kinerja Utama", Width: 2),
        new("Formula / Penjelasan", Width: 2), new("Satuan", CellAlign.Center, 0.8m), new("Target", CellAlign.Right, 0.8m),
        new("Sumber Data", Width: 1.2m), new("Penanggung Jawab", Width: 1.2m),
    ];

    public static ReportDocument Build(Dataset data, string unit, int year)
    {
        var name = data.Units.FirstOrDefault(u => u.Code == unit)?.Name ?? unit;
        var objectives = data.PlanElements.Where(p => p.Unit == unit).ToDictionary(p => p.Code, StringComparer.Ordinal);
        var key = data.Indicators.Where(i => i.IsKey && objectives.ContainsKey(i.PlanElement))
            .OrderBy(i => i.Order ?? int.MaxValue).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
        var rows = key.Select((i, n) => Row.Of(
            (n + 1).ToString(CultureInfo.InvariantCulture), objectives[i.PlanElement].Statement, i.Name,
            i.Formula ?? "", i.Measure ?? "", TargetOf(data, i.Code, year), i.DataSource ?? "", i.Responsible ?? "")).ToList();
        var title = string.Create(CultureInfo.InvariantCulture, $"Indikator Kinerja Utama {name} Tahun {year}");
        Block[] blocks =
        [
            new HeadingBlock(1, title),
            rows.Count == 0
                ? new ParagraphBlock($"{name} belum menetapkan Indikator Kinerja Utama.")
                : new TableBlock("1", title, Columns, rows),
        ];
        return new ReportDocument(title, string.Create(CultureInfo.InvariantCulture, $"IKU-{unit}-{year}"), blocks) { Orientation = PageOrientation.Landscape };
    }

    /// <summary>The PK target of the year when agreed, else the Renstra target; a range reads "min – max".</summary>
    static Cell TargetOf(Dataset data, string indicator, int year)
    {
        var targets = data.Targets.Where(t => t.Indicator == indicator && t.Year == year).ToList();
        var target = targets.FirstOrDefault(t => t.Kind == TargetKind.Agreement) ?? targets.FirstOrDefault(t => t.Kind == TargetKind.Renstra);
        return target switch
        {
            null => new Cell("-"),
            { Text: { Length: > 0 } text } => new Cell(text),
            { Max: { } max } => new Cell($"{IdFormat.Value(target.Value)} – {IdFormat.Value(max)}", target.Value),
            _ => new Cell(IdFormat.Value(target.Value), target.Value),
        };
    }
}
