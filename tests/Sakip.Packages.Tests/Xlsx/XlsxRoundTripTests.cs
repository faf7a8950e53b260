using Sakip.Packages.Tables;
using Sakip.Packages.Xlsx;

namespace Sakip.Packages.Tests.Xlsx;

public sealed class XlsxRoundTripTests
{
    private static readonly string[][] RealisasiRows =
    [
        ["IKU-1", "2024", "3.0885", "100.00", "0.10"],
        ["IKU-2", "2024", "6099177000", "007", "99,79%"],
        ["IKU-3", "2023", "", " spasi di tepi ", "baris\nbaru\ttab \u0001 _x0041_"],
        ["IKU-4", "2023", "=1+1", "TRUE", "66 (peringkat 4)"],
        ["IKU-5", "2022", "1E5", "-2.50", "€ ü 中文 \"kutip\""],
    ];

    private static Table[] Tables() =>
    [
        Table.Create("realisasi", ["indikator", "tahun", "nilai", "teks", "catatan"], RealisasiRows),
        Table.Create("instansi", ["kode", "nama"], [["01", "Sekretariat Daerah Provinsi Kalimantan Timur"]]),
        Table.Create("target", ["indikator", "tahun", "jenis", "nilai"], []),
    ];

    private static WorkbookRead WriteThenRead(Table[] tables, IReadOnlyCollection<string>? known = null)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, tables);
        stream.Position = 0;
        return XlsxReader.Read(stream, "paket.xlsx", known);
    }

    [Fact]
    public void Write_then_Read_gives_back_every_cell_exactly()
    {
        var read = WriteThenRead(Tables());

        read.Problems.ShouldBeEmpty();
        read.UnknownSheets.ShouldBeEmpty();
        read.Tables.Select(t => t.Name).ShouldBe(["realisasi", "instansi", "target"]);
        var realisasi = read.Find("realisasi")!;
        realisasi.Source.ShouldBe("paket.xlsx[realisasi]");
        realisasi.Header.Names.ShouldBe(["indikator", "tahun", "nilai", "teks", "catatan"]);
        realisasi.Rows.Select(r => r.Cells).ShouldBe(RealisasiRows);
        realisasi.Rows.Select(r => r.Line).ShouldBe([2, 3, 4, 5, 6]);
        read.Find("target")!.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void Read_reports_sheets_the_caller_does_not_know()
    {
        var read = WriteThenRead(Tables(), known: ["realisasi", "target", "anggaran"]);

        read.UnknownSheets.ShouldBe(["instansi"]);
        read.Tables.Select(t => t.Name).ShouldBe(["realisasi", "target"]);
        read.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Read_matches_sheet_names_ignoring_case_and_uses_the_known_spelling()
    {
        var workbook = WorkbookBytes.Of(("Realisasi ", [["indikator"], ["IKU-1"]]));

        var read = XlsxReader.Read(new MemoryStream(workbook), "paket.xlsx", ["realisasi"]);

        read.Tables.Single().Name.ShouldBe("realisasi");
        read.Tables.Single().Source.ShouldBe("paket.xlsx[Realisasi ]");
    }

    [Fact]
    public void Write_rejects_a_name_Excel_cannot_use_for_a_sheet()
    {
        var write = () => XlsxWriter.Write(new MemoryStream(), [Table.Create("a/b", ["x"], [])]);

        write.ShouldThrow<ArgumentException>();
    }
}
