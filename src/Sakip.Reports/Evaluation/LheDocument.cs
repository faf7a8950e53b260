using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;

namespace Sakip.Reports.Evaluation;

/// <summary>
/// The Laporan Hasil Evaluasi (LHE) of a unit's SAKIP evaluation (PermenPAN-RB 88/2021): heading, the score per
/// component and sub-component with weights (and last year's with the change), total and predikat, the narrative,
/// the recommendations numbered per component, and the signature block.
/// </summary>
public static class LheDocument
{
    public const string Heading = "LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH";

    public static ReportDocument Build(LheContent lhe, string unitCode)
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(1, Heading),
            new ParagraphBlock(lhe.UnitName.ToUpper(IdFormat.Culture)) { Subtitle = true },
            new ParagraphBlock($"TAHUN {lhe.Year}") { Subtitle = true },
            new DetailsBlock(
            [
                new Detail("Nomor", lhe.Number ?? "-"),
                new Detail("Tanggal", lhe.Date is { } date ? IdFormat.Date(date) : "-"),
                new Detail("Unit yang dievaluasi", lhe.UnitName),
                new Detail("Tahun kinerja", lhe.Year.ToString(IdFormat.Culture)),
                new Detail("Lembar kerja", $"{lhe.Template.Name} (versi {lhe.Template.Version})"),
            ]),
            new HeadingBlock(2, "A. Hasil Evaluasi"),
            new ParagraphBlock($"Berdasarkan evaluasi atas akuntabilitas kinerja {lhe.UnitName} tahun {lhe.Year}, diperoleh nilai " +
                $"{IdFormat.Percent(lhe.Score.Total.Value)} dengan predikat \"{lhe.Score.Grade?.FullLabel ?? "-"}\", dengan rincian sebagai berikut.", Generated: true),
            ScoreTable(lhe),
            new HeadingBlock(2, "B. Uraian Hasil Evaluasi"),
        };
        var paragraphs = (lhe.Narrative ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        blocks.AddRange(paragraphs.Length > 0 ? paragraphs.Select(p => (Block)new ParagraphBlock(p)) : [new MissingText("Uraian hasil evaluasi")]);
        blocks.Add(new HeadingBlock(2, "C. Rekomendasi"));
        blocks.AddRange(Recommendations(lhe));
        blocks.Add(new SignatureBlock(lhe.Date is { } signed ? IdFormat.Date(signed) : null,
            [new Signatory("", lhe.SignerPosition ?? "", lhe.SignerName ?? "", string.IsNullOrWhiteSpace(lhe.SignerNip) ? null : $"NIP. {lhe.SignerNip}")]));
        return new ReportDocument($"LHE {lhe.UnitName} Tahun {lhe.Year}", $"LHE-{unitCode}-{lhe.Year}", blocks);
    }

    static TableBlock ScoreTable(LheContent lhe)
    {
        var previous = lhe.Previous.Count > 0;
        List<Column> columns = [new("No", CellAlign.Center, 0.5m), new("Komponen / Sub-komponen", CellAlign.Left, 4m), new("Bobot", CellAlign.Right),
            new($"Nilai {lhe.Year}", CellAlign.Right)];
        if (previous)
        {
            columns.AddRange([new Column($"Nilai {lhe.Year - 1}", CellAlign.Right), new Column("Perubahan", CellAlign.Right)]);
        }
        var rows = new List<Row>();
        foreach (var component in lhe.Score.Components)
        {
            var last = lhe.Previous.GetValueOrDefault(component.Component.Name);
            rows.Add(Line(previous, component.Component.Code, component.Component.Name, component.Component.Weight, component.Score.Value, last, RowKind.Total));
            foreach (var sub in component.SubComponents)
            {
                rows.Add(Line(previous, sub.SubComponent.Code, sub.SubComponent.Name, sub.SubComponent.Weight, sub.Score.Value, null, RowKind.Normal, sub: true));
            }
        }
        rows.Add(Line(previous, "", "Nilai Akhir", 100m, lhe.Score.Total.Value, lhe.Previous.GetValueOrDefault(LheContent.FinalKey), RowKind.Total));
        var grade = new List<Cell> { "", "Predikat", "", lhe.Score.Grade?.FullLabel ?? "-" };
        if (previous)
        {
            grade.AddRange(["", ""]);
        }
        rows.Add(new Row(grade, RowKind.Total));
        return new TableBlock("1", $"Nilai Evaluasi Akuntabilitas Kinerja {lhe.UnitName} Tahun {lhe.Year}", columns, rows)
        {
            Notes = ["Nilai sub-komponen = rata-rata nilai kriteria × bobot; nilai komponen = jumlah nilai sub-komponen; predikat menurut PermenPAN-RB 88/2021."],
        };
    }

    static Row Line(bool previous, string code, string name, decimal weight, decimal? score, decimal? last, RowKind kind, bool sub = false)
    {
        var cells = new List<Cell> { code, sub ? "    " + name : name, IdFormat.Value(weight), new Cell(IdFormat.Percent(score), score) };
        if (previous)
        {
            var change = score is { } now && last is { } then ? now - then : (decimal?)null;
            cells.AddRange([sub ? "" : new Cell(IdFormat.Percent(last), last), sub ? "" : new Cell(IdFormat.Change(change), change)]);
        }
        return new Row(cells, kind);
    }

    /// <summary>Numbered per component in template order; general ones (no component) first.</summary>
    static IEnumerable<Block> Recommendations(LheContent lhe)
    {
        if (lhe.Recommendations.Count == 0)
        {
            yield return new ParagraphBlock("Tidak ada rekomendasi.");
            yield break;
        }
        var order = lhe.Template.Components.Select(c => c.Name).ToList();
        foreach (var group in lhe.Recommendations.GroupBy(r => r.Component ?? "").OrderBy(g => g.Key.Length == 0 ? -1 : order.IndexOf(g.Key) < 0 ? order.Count : order.IndexOf(g.Key)))
        {
            yield return new HeadingBlock(3, group.Key.Length == 0 ? "Umum" : group.Key);
            yield return new ListBlock([.. group.Select(r => r.Text)], Numbered: true);
        }
    }
}
