using System.Text;

namespace Sakip.Packages.Tests.Csv;

public sealed class CsvTableReaderTests
{
    public static TheoryData<string, string[]> Problems => new()
    {
        { "", ["t.csv:1: berkas kosong: tidak ada baris header"] },
        { "\uFEFF", ["t.csv:1: berkas kosong: tidak ada baris header"] },
        { "\n\r\n", ["t.csv:1: berkas kosong: tidak ada baris header"] },
        { "a,b\n1,\"abc\n", ["t.csv:2:2: tanda kutip tidak ditutup"] },
        { "a,b\n1,\"abc\ndef,2\n3,4", ["t.csv:2:2: tanda kutip tidak ditutup"] },
        {
            "a,b\n1,ab\"c\"d\n",
            ["t.csv:2:2: tanda kutip di tengah sel yang tidak diapit tanda kutip (apit sel dengan tanda kutip dan tulis tanda kutip di dalamnya dua kali)"]
        },
        { "a,b\n\"x\"y,2\n", ["t.csv:2:1: ada teks setelah tanda kutip penutup sebelum koma"] },
        { "a,b\n\"x\n\" y,2\n", ["t.csv:3:1: ada teks setelah tanda kutip penutup sebelum koma"] },
        { "a,b\n1,2,3\n", ["t.csv:2: baris berisi 3 kolom, sedangkan header berisi 2 kolom"] },
        { "a,b\n1\n", ["t.csv:2: baris berisi 1 kolom, sedangkan header berisi 2 kolom"] },
        { "a,b\n\"x\ny\"\n1,2,3\n", ["t.csv:2: baris berisi 1 kolom, sedangkan header berisi 2 kolom", "t.csv:4: baris berisi 3 kolom, sedangkan header berisi 2 kolom"] },
        { "kode,Nilai, nilai \n", ["t.csv:1:3: nama kolom \"nilai\" ganda (sudah ada di kolom 2)"] },
    };

    [Theory, MemberData(nameof(Problems))]
    public void Read_reports_malformed_input_as_problems(string text, string[] expected)
    {
        var read = CsvInput.Read(text);

        read.Messages().ShouldBe(expected);
    }

    [Fact]
    public void Read_leaves_out_rows_with_problems_and_blank_rows()
    {
        var read = CsvInput.Read("kode,nilai\r\nA,1\r\nB,x\"y\r\n\r\n,\r\nC,2,3\r\n \"D\" ,4\r\nE,5\r\n");

        read.Rows().ShouldBe(["2:A|1", "8:E|5"]);
        read.Problems.Select(p => p.Line).ShouldBe([3, 6, 7]);
    }

    [Fact]
    public void Read_names_the_table_after_the_file_and_keeps_header_as_written()
    {
        var read = CsvInput.Read("\uFEFF Kode ,NILAI\n", "realisasi.csv");

        read.Problems.ShouldBeEmpty();
        read.Table!.Name.ShouldBe("realisasi");
        read.Table.Source.ShouldBe("realisasi.csv");
        read.Table.Header.Names.ShouldBe([" Kode ", "NILAI"]);
        read.Table.Header.IndexOf("kode").ShouldBe(0);
        read.Table.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void Read_skips_blank_lines_before_the_header()
    {
        var read = CsvInput.Read("\n\nkode\nA\n");

        read.Table!.Header.Names.ShouldBe(["kode"]);
        read.Rows().ShouldBe(["4:A"]);
    }

    [Fact]
    public void Read_returns_no_table_when_the_header_has_a_duplicate()
    {
        var read = CsvInput.Read("kode,kode\n1,2\n");

        read.Table.ShouldBeNull();
        read.Problems.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public void Read_reports_invalid_utf8_with_line_and_column(byte[] invalid)
    {
        byte[] bytes = [.. "a,b,c\n1,x"u8, .. invalid, .. "y,3\n4,5,6\n"u8];

        var read = CsvInput.Read(bytes);

        read.Messages().ShouldBe(["t.csv:2:2: teks bukan UTF-8 yang sah (simpan berkas sebagai CSV UTF-8)"]);
        read.Rows().ShouldBe(["3:4|5|6"]);
    }

    [Fact]
    public void Read_reports_an_invalid_sequence_cut_off_at_end_of_file()
    {
        byte[] bytes = [.. "a,b\n1,x"u8, 0xE2, 0x82];

        var read = CsvInput.Read(bytes);

        read.Messages().ShouldBe(["t.csv:2:2: teks bukan UTF-8 yang sah (simpan berkas sebagai CSV UTF-8)"]);
    }

    [Fact]
    public void Read_accepts_a_genuine_replacement_character()
    {
        var read = CsvInput.Read("a\n\uFFFD\n");

        read.Problems.ShouldBeEmpty();
        read.Rows().ShouldBe(["2:\uFFFD"]);
    }

    [Fact]
    public void Read_rejects_a_latin1_file_rather_than_guessing()
    {
        var latin1 = Encoding.Latin1.GetBytes("kode,nama\nA,Bagian Umum\nB,Biro Umum (José)\n");

        var read = CsvInput.Read(latin1);

        read.Messages().ShouldBe(["t.csv:3:2: teks bukan UTF-8 yang sah (simpan berkas sebagai CSV UTF-8)"]);
    }
}
