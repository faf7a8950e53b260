using System.Text.RegularExpressions;
using System.IO.Compression;
using Sakip.Packages.Tables;
using Sakip.Packages.Xlsx;

namespace Sakip.Packages.Tests.Xlsx;

public sealed partial class XlsxFormulaTests
{
    private static readonly string[][] Rows =
    [
        ["IKU-1", "=HYPERLINK(\"http://contoh.test\",\"klik\")"],
        ["IKU-2", "+1+1"],
        ["IKU-3", "-1+1"],
        ["IKU-4", "@SUM(A1:A9)"],
        ["IKU-5", "\t=1+1"],
        ["IKU-6", "$=1+1"],
    ];

    [Fact]
    public void Xlsx_export_writes_formula_like_text_as_text_cells_never_as_formulas()
    {
        using var stream = new MemoryStream();

        XlsxWriter.Write(stream, [Table.Create("realisasi", ["indikator", "catatan"], Rows)]);

        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read);
        var xml = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        xml.ShouldContain("=HYPERLINK(&quot;http://contoh.test&quot;,&quot;klik&quot;)");
        Formula().IsMatch(xml).ShouldBeFalse("a cell is written as a formula (<f>)");
    }

    [Fact]
    public void Xlsx_write_then_read_gives_back_formula_like_text_exactly()
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, [Table.Create("realisasi", ["indikator", "catatan"], Rows)]);
        stream.Position = 0;

        var read = XlsxReader.Read(stream, "paket.xlsx", null);

        read.Problems.ShouldBeEmpty();
        read.Find("realisasi")!.Rows.Select(r => r.Cells).ShouldBe(Rows);
    }

    /// <summary>A formula element, with or without a namespace prefix (MiniExcel writes <c>x:</c>).</summary>
    [GeneratedRegex("<(\\w+:)?f[\\s>/]")]
    private static partial Regex Formula();
}
