using System.Text;
using Sakip.Packages.Csv;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Tests.Csv;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("", false)]
    [InlineData("3.0885", false)]
    [InlineData("Rp 4.934.463.708", false)]
    [InlineData("satu dua", false)]
    [InlineData("a,b", true)]
    [InlineData("say \"hi\"", true)]
    [InlineData("baris\nbaru", true)]
    [InlineData("baris\rbaru", true)]
    [InlineData(" awal", true)]
    [InlineData("akhir ", true)]
    [InlineData("\ttab", true)]
    public void NeedsQuotes_only_when_the_cell_would_not_survive_unquoted(string cell, bool expected) =>
        CsvWriter.NeedsQuotes(cell).ShouldBe(expected);

    [Fact]
    public void Write_produces_utf8_without_bom_and_lf_line_endings()
    {
        var table = Table.Create("realisasi", ["indikator", "nilai", "catatan"], [
            ["IKU-1", "100.00", "naik, sesuai target"],
            ["IKU-2", "3.0885", "kata \"cukup\"\r\nbaris dua"],
            ["IKU-3", "", " spasi "],
        ]);
        using var stream = new MemoryStream();

        CsvWriter.Write(stream, table);

        var bytes = stream.ToArray();
        bytes[..3].ShouldNotBe([0xEF, 0xBB, 0xBF]);
        Encoding.UTF8.GetString(bytes).ShouldBe(
            "indikator,nilai,catatan\n"
            + "IKU-1,100.00,\"naik, sesuai target\"\n"
            + "IKU-2,3.0885,\"kata \"\"cukup\"\"\r\nbaris dua\"\n"
            + "IKU-3,,\" spasi \"\n");
    }

    [Fact]
    public void Write_then_Read_gives_back_the_same_cells()
    {
        string[][] rows = [
            ["A", "6099177000", "Sekretariat Daerah, Provinsi"],
            ["B", "-2.5", "\"dikutip\""],
            ["C", "0.10", "multi\nline\r\ncell"],
            ["D", "", "  "],
            ["E", "€ ü 中文", "trailing "],
        ];
        var table = Table.Create("anggaran", ["kode", "pagu", "uraian"], rows);
        using var stream = new MemoryStream();
        CsvWriter.Write(stream, table);
        stream.Position = 0;

        var read = CsvTableReader.Read(stream, "anggaran.csv");

        read.Problems.ShouldBeEmpty();
        read.Table!.Rows.Select(r => r.Cells).ShouldBe(rows);
    }
}
