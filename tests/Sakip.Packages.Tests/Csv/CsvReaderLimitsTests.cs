using System.Text;
using Sakip.Packages.Csv;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Tests.Csv;

public sealed class CsvReaderLimitsTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private const int Chunk = 64 * 1024;

    [Fact(Timeout = 30_000)]
    public async Task Read_reports_a_10_MB_quoted_cell_and_reads_on()
    {
        var text = new StringBuilder("kode,uraian\nA,\"").Append('x', TenMegabytes).Append("\"\nB,ok\n").ToString();

        var read = await Task.Run(() => CsvInput.Read(text));

        read.Messages().ShouldBe(["t.csv:2:2: sel lebih panjang dari 1048576 karakter (mungkin tanda kutip tidak ditutup)"]);
        read.Rows().ShouldBe(["3:B|ok"]);
    }

    [Fact(Timeout = 30_000)]
    public async Task Read_reports_a_10_MB_unquoted_cell_and_reads_on()
    {
        var text = new StringBuilder("kode,uraian\nA,").Append('x', TenMegabytes).Append("\nB,ok\n").ToString();

        var read = await Task.Run(() => CsvInput.Read(text));

        read.Messages().ShouldBe(["t.csv:2:2: sel lebih panjang dari 1048576 karakter"]);
        read.Rows().ShouldBe(["3:B|ok"]);
    }

    [Fact(Timeout = 30_000)]
    public async Task Read_reports_an_unclosed_quote_that_swallows_a_large_file()
    {
        var text = new StringBuilder("kode,uraian\nA,\"oops\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append("B,baris biasa\n");
        }

        var read = await Task.Run(() => CsvInput.Read(text.ToString()));

        read.Messages().ShouldBe([
            "t.csv:2:2: tanda kutip tidak ditutup",
            "t.csv:2:2: sel lebih panjang dari 1048576 karakter (mungkin tanda kutip tidak ditutup)",
        ]);
    }

    [Fact]
    public void Read_accepts_a_cell_of_exactly_the_maximum_length()
    {
        var cell = new string('x', CsvReader.MaxCellLength);

        var read = CsvInput.Read($"uraian\n{cell}\n");

        read.Problems.ShouldBeEmpty();
        read.Table!.Rows[0][0].Length.ShouldBe(CsvReader.MaxCellLength);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Read_counts_a_CRLF_split_across_chunks_as_one_line_break(int shift)
    {
        // Puts the CR of a quoted CRLF at the last char of the first 64 KiB chunk (shift 0).
        const string head = "kode,uraian\nA,\"";
        var filler = new string('x', Chunk - head.Length - 1 + shift);
        var text = $"{head}{filler}\r\nlanjut\"\nB,2\n";

        var read = CsvInput.Read(text);

        read.Problems.ShouldBeEmpty();
        read.Table!.Rows.Select(r => r.Line).ShouldBe([2, 4]);
        read.Table.Rows[0][1].ShouldBe($"{filler}\r\nlanjut");
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Read_decodes_a_multibyte_char_split_across_chunks(int shift)
    {
        const string head = "kode,uraian\nA,";
        var filler = new string('x', Chunk - head.Length - 1 + shift);

        var read = CsvInput.Read($"{head}{filler}€\nB,2\n");

        read.Problems.ShouldBeEmpty();
        read.Table!.Rows[0][1].ShouldBe($"{filler}€");
    }

    [Fact]
    public void Read_keeps_at_most_the_maximum_number_of_problems()
    {
        var text = new StringBuilder("a,b\n");
        for (var i = 0; i < 1500; i++)
        {
            text.Append("1,2,3\n");
        }

        var read = CsvInput.Read(text.ToString());

        read.Problems.Count.ShouldBe(ProblemLog.MaxProblems + 1);
        read.Problems[^1].ToString().ShouldBe("t.csv:1002: 500 masalah lain mulai baris ini tidak ditampilkan");
    }

    [Fact]
    public void Read_reads_many_rows()
    {
        var text = new StringBuilder("indikator,tahun,periode,nilai,teks,capaian_tercetak,catatan\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("IKU-").Append(i).Append(",2024,tw1,3.0885,\"66 (peringkat 4)\",99.79,\"catatan, dengan koma\"\n");
        }

        var read = CsvInput.Read(text.ToString());

        read.Problems.ShouldBeEmpty();
        read.Table!.Rows.Count.ShouldBe(100_000);
        read.Table.Rows[^1].Cells.ShouldBe(["IKU-99999", "2024", "tw1", "3.0885", "66 (peringkat 4)", "99.79", "catatan, dengan koma"]);
        read.Table.Rows[^1].Line.ShouldBe(100_001);
    }
}
