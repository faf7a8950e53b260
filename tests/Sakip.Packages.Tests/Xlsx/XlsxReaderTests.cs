using System.IO.Compression;
using Sakip.Packages.Xlsx;

namespace Sakip.Packages.Tests.Xlsx;

public sealed class XlsxReaderTests
{
    private const string Unreadable = "paket.xlsx:1: bukan workbook .xlsx yang dapat dibaca (berkas rusak, atau format lain seperti .xls)";

    private static WorkbookRead Read(byte[] bytes) => XlsxReader.Read(new MemoryStream(bytes), "paket.xlsx");

    [Fact]
    public void Read_reports_a_file_that_is_not_a_zip()
    {
        var read = Read("kode,nama\n01,Biro Umum\n"u8.ToArray());

        read.Tables.ShouldBeEmpty();
        read.Problems.Select(p => p.ToString()).ShouldBe([Unreadable]);
    }

    [Fact]
    public void Read_reports_a_zip_that_is_not_a_workbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("bukan excel");
        }

        var read = Read(stream.ToArray());

        read.Problems.Select(p => p.ToString()).ShouldBe([Unreadable]);
    }

    [Fact]
    public void Read_reports_a_truncated_workbook()
    {
        var workbook = WorkbookBytes.Of(("realisasi", [["indikator", "nilai"], ["IKU-1", "3.0885"]]));

        var read = Read(workbook[..(workbook.Length / 2)]);

        read.Tables.ShouldBeEmpty();
        read.HasProblems.ShouldBeTrue();
    }

    [Fact]
    public void Read_reports_a_broken_sheet_and_still_reads_the_others()
    {
        var workbook = WorkbookBytes.Of(("realisasi", [["indikator"], ["IKU-1"]]), ("target", [["indikator"], ["IKU-2"]]));
        var broken = WorkbookBytes.PatchFirstSheet(workbook, "<x:sheetData>", "<x:sheetData><x:row");

        var read = Read(broken);

        read.Problems.Select(p => p.ToString()).ShouldBe(["paket.xlsx[realisasi]:1: lembar tidak dapat dibaca: berkas rusak"]);
        read.Tables.Select(t => t.Name).ShouldBe(["target"]);
    }

    [Fact]
    public void Read_reports_an_empty_sheet()
    {
        var workbook = WorkbookBytes.Of(("realisasi", [["indikator"], ["IKU-1"]]), ("kosong", []));

        var read = Read(workbook);

        read.Problems.Select(p => p.ToString()).ShouldBe(["paket.xlsx[kosong]:1: lembar kosong: tidak ada baris header"]);
        read.Tables.Select(t => t.Name).ShouldBe(["realisasi"]);
    }

    [Fact]
    public void Read_returns_numeric_cells_as_the_decimal_text_Excel_shows()
    {
        var workbook = WorkbookBytes.Of(("realisasi", [
            ["indikator", "nilai", "pagu", "kecil", "besar", "tahun"],
            ["IKU-1", 3.0885, 6099177000d, 1e-30, 1.5e20, 2024],
        ]));
        var stored = WorkbookBytes.PatchFirstSheet(workbook, ">3.0885<", ">3.0884999999999998<");
        stored = WorkbookBytes.PatchFirstSheet(stored, ">6099177000<", ">6.099177E+09<");

        var read = Read(stored);

        read.Problems.ShouldBeEmpty();
        read.Tables.Single().Rows.Single().Cells.ShouldBe(["IKU-1", "3.0885", "6099177000", "1E-30", "150000000000000000000", "2024"]);
    }

    [Fact]
    public void Read_keeps_sheet_row_numbers_across_blank_rows_and_ignores_empty_trailing_header_cells()
    {
        var workbook = WorkbookBytes.Of(("realisasi", [
            [null, null, null],
            ["indikator", "nilai", null],
            ["IKU-1", "1", null],
            [null, "", null],
            ["IKU-2", "2", null],
        ]));

        var read = Read(workbook);

        read.Problems.ShouldBeEmpty();
        var table = read.Tables.Single();
        table.Header.Names.ShouldBe(["indikator", "nilai"]);
        table.Rows.Select(r => $"{r.Line}:{string.Join('|', r.Cells)}").ShouldBe(["3:IKU-1|1", "5:IKU-2|2"]);
    }

    [Fact]
    public void Read_reports_data_outside_the_header_columns()
    {
        var workbook = WorkbookBytes.Of(("realisasi", [
            ["indikator", "nilai", null, null],
            ["IKU-1", "1", null, "lupa"],
            ["IKU-2", "2", null, null],
        ]));

        var read = Read(workbook);

        read.Problems.Select(p => p.ToString()).ShouldBe(["paket.xlsx[realisasi]:2:4: sel berisi data di luar kolom header"]);
        read.Tables.Single().Rows.Select(r => r.Line).ShouldBe([3]);
    }

    [Fact]
    public void Read_reports_a_duplicate_header_and_returns_no_table_for_that_sheet()
    {
        var workbook = WorkbookBytes.Of(("realisasi", [["nilai", "Nilai"], ["1", "2"]]));

        var read = Read(workbook);

        read.Problems.Select(p => p.ToString()).ShouldBe(["paket.xlsx[realisasi]:1:2: nama kolom \"Nilai\" ganda (sudah ada di kolom 1)"]);
        read.Tables.ShouldBeEmpty();
    }

    [Fact]
    public void Read_accepts_a_stream_that_cannot_seek()
    {
        var workbook = WorkbookBytes.Of(("realisasi", [["indikator"], ["IKU-1"]]));

        var read = XlsxReader.Read(new ForwardOnlyStream(workbook), "paket.xlsx");

        read.Problems.ShouldBeEmpty();
        read.Tables.Single().Rows.Single().Cells.ShouldBe(["IKU-1"]);
    }
}
