using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;

namespace Sakip.Reports.Tests.Rendering;

/// <summary>A document with every block type, written like an LKjIP, for the renderers' tests.</summary>
static class SampleDocuments
{
    public const string Script = "<script>alert('x')</script>";

    public static ReportDocument Every(PageOrientation orientation = PageOrientation.Portrait) => new(
        "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2021",
        "LKjIP-SETDA-2021",
        [
            new CoverBlock(["Laporan Kinerja", "Instansi Pemerintah (LKjIP)"], "Sekretariat Daerah", "Provinsi Kalimantan Timur", 2021) { Imprint = "SAMARINDA" },
            new HeadingBlock(1, "DAFTAR ISI"),
            new TableOfContentsBlock(),
            new PageBreakBlock(),
            new HeadingBlock(1, "DAFTAR TABEL"),
            new ListOfTablesBlock(),
            new PageBreakBlock(),
            new HeadingBlock(1, "BAB I PENDAHULUAN"),
            new ParagraphBlock("SEKRETARIAT DAERAH") { Subtitle = true },
            new HeadingBlock(2, "A. Latar Belakang"),
            new MissingText("Latar Belakang"),
            new HeadingBlock(2, "B. Struktur Organisasi"),
            new ParagraphBlock("Sekretariat Daerah dipimpin oleh Sekretaris Daerah yang membawahi tiga Asisten dan sembilan Biro."),
            new OrgChartBlock("1.1", "Struktur Organisasi Sekretariat Daerah", Organisation()),
            new HeadingBlock(3, "Tugas dan fungsi " + Script),
            new ListBlock(["Perumusan kebijakan daerah;", "Pengoordinasian pelaksanaan tugas Perangkat Daerah;"], Numbered: true),
            new ListBlock(["Pembinaan administrasi;", "Pelaksanaan fungsi lain."]),
            new PageBreakBlock(),
            new HeadingBlock(1, "BAB III AKUNTABILITAS KINERJA"),
            new HeadingBlock(2, "A. Capaian Kinerja Organisasi"),
            new ParagraphBlock("Capaian rata-rata sasaran strategis tahun 2021 sebesar 99,79 % (sangat berhasil).", Generated: true),
            Capaian(),
            new ChartBlock("3.1", "Capaian Indikator Kinerja Utama Tahun 2019-2021", ChartKind.Bar,
                ["Indeks Reformasi Birokrasi Provinsi", "Nilai SAKIP", "Opini BPK", "Indeks Kepuasan Masyarakat terhadap Layanan"],
                [new ChartSeries("2019", [95.5m, 98.2m, 100m, null]), new ChartSeries("2020", [97m, 101.25m, 100m, 88.4m]), new ChartSeries("2021", [99.79m, 104.1m, 100m, 93m])])
            { ValueLabel = "Capaian (%)", ReferenceLine = 100m },
            new ChartBlock("3.2", "Realisasi Triwulanan", ChartKind.Line, ["TW I", "TW II", "TW III", "TW IV"],
                [new ChartSeries("Target", [25m, 50m, 75m, 100m]), new ChartSeries("Realisasi", [20.5m, null, 70.25m, 98m])])
            { ValueLabel = "Persen" },
            Quarterly(),
            Budget(),
            Spanned(),
            new DetailsBlock([new Detail("Nama", "Hj. SRI WAHYUNI, M.S."), new Detail("Jabatan", "Sekretaris Daerah " + Script)]),
            new ParagraphBlock("Catatan: " + Script + " & \"kutip\" tetap tertulis sebagai teks."),
            new SignatureBlock("Samarinda, " + IdFormat.Date(new DateOnly(2022, 2, 28)),
                [new Signatory("PIHAK KEDUA", "Gubernur Kalimantan Timur", "Dr. Ir. H. ISRAN NOOR, M.Si.", null),
                 new Signatory("PIHAK PERTAMA", "Sekretaris Daerah", "Hj. SRI WAHYUNI, M.S.", "NIP. 19710725 199103 2 002")]),
        ])
    { Orientation = orientation };

    public static OrgNode Organisation() => new("Sekretaris Daerah",
    [
        new("Asisten Pemerintahan dan Kesejahteraan Rakyat", [new("Biro Pemerintahan, Perbatasan dan Otonomi Daerah", []), new("Biro Hukum", []), new("Biro Kesejahteraan Rakyat", [])]),
        new("Asisten Perekonomian dan Administrasi Pembangunan", [new("Biro Perekonomian", []), new("Biro Administrasi Pembangunan", [new("Bagian Pengendalian", [])]), new("Biro Pengadaan Barang dan Jasa", [])]),
        new("Asisten Administrasi Umum", [new("Biro Organisasi", []), new("Biro Umum", []), new("Biro Administrasi Pimpinan", [])]),
    ]);

    /// <summary>A long table (crosses pages) with group rows, a total row, a null cell and explanations.</summary>
    public static TableBlock Capaian()
    {
        var rows = new List<Row>();
        for (var sasaran = 1; sasaran <= 6; sasaran++)
        {
            rows.Add(Row.Group($"Sasaran {sasaran}: Meningkatnya kualitas tata kelola pemerintahan daerah"));
            for (var i = 1; i <= 5; i++)
            {
                var target = 3.095m + i;
                var actual = sasaran == 2 && i == 3 ? (decimal?)null : 3.0885m + i;
                var capaian = actual is { } r ? r / target * 100 : (decimal?)null;
                rows.Add(Row.Of(
                    $"{sasaran}.{i}",
                    $"Indeks kinerja {sasaran}.{i} penyelenggaraan urusan pemerintahan",
                    new Cell(IdFormat.Value(target), target),
                    new Cell(IdFormat.Value(actual), actual),
                    new Cell(IdFormat.Percent(capaian), capaian, capaian is null ? "Realisasi belum diisi" : $"Capaian = {IdFormat.Value(actual)} / {IdFormat.Value(target)} × 100")));
            }
        }
        rows.Add(new Row([new Cell(""), new Cell("Rata-rata capaian"), new Cell(""), new Cell(""), new Cell("99,79", 99.79m)], RowKind.Total));
        return new TableBlock("3.1", "Capaian Indikator Kinerja Sasaran Tahun 2021",
            [new Column("No", CellAlign.Center, 0.5m), new Column("Indikator Kinerja", Width: 4), new Column("Target", CellAlign.Right), new Column("Realisasi", CellAlign.Right), new Column("Capaian (%)", CellAlign.Right)],
            rows)
        { Notes = ["Sumber: data realisasi yang telah disetujui."] };
    }

    /// <summary>A two-row header: each quarter groups Target, Realisasi and Capaian.</summary>
    public static TableBlock Quarterly() => new("3.2", "Realisasi Triwulanan Tahun 2021",
        [
            new Column("Indikator", Width: 3),
            new Column("Target", CellAlign.Right, Group: "Triwulan I"), new Column("Realisasi", CellAlign.Right, Group: "Triwulan I"),
            new Column("Target", CellAlign.Right, Group: "Triwulan II"), new Column("Realisasi", CellAlign.Right, Group: "Triwulan II"),
            new Column("Keterangan", Width: 2),
        ],
        [
            Row.Of("Nilai SAKIP", new Cell("25", 25m), new Cell("20,5", 20.5m), new Cell("50", 50m), new Cell("-"), "=1+1"),
            Row.Of("Opini BPK " + Script, new Cell("1", 1m), new Cell("1", 1m), new Cell("1", 1m), new Cell("1", 1m), "WTP"),
        ]);

    /// <summary>A sasaran spanning its indicator rows, as the PK annex prints it; a group row in between breaks the span.</summary>
    public static TableBlock Spanned() => new("3.4", "Sasaran dan Indikator",
        [new Column("No.", CellAlign.Center, 0.4m), new Column("Sasaran"), new Column("Indikator")],
        [
            Row.Of("1.", "Sasaran satu", "Indikator 1.1"),
            Row.Of(Cell.Continued, Cell.Continued, "Indikator 1.2"),
            Row.Of(Cell.Continued, Cell.Continued, "Indikator 1.3"),
            Row.Group("Kelompok"),
            Row.Of("2.", "Sasaran dua", "Indikator 2.1"),
        ]);

    public static TableBlock Budget() => new("3.3", "Realisasi Anggaran per Program: [Belanja] / Tahun 2021 yang sangat panjang",
        [new Column("Program", Width: 3), new Column("Pagu (Rp)", CellAlign.Right, 1.5m), new Column("Realisasi (Rp)", CellAlign.Right, 1.5m)],
        [
            Row.Of("Program Penunjang Urusan Pemerintahan Daerah", new Cell(IdFormat.Amount(6_099_177_000m), 6_099_177_000m), new Cell(IdFormat.Amount(5_820_000_000.50m), 5_820_000_000.50m)),
            new Row([new Cell("Jumlah"), new Cell(IdFormat.Amount(6_099_177_000m), 6_099_177_000m), new Cell(IdFormat.Amount(5_820_000_000.50m), 5_820_000_000.50m)], RowKind.Total),
        ]);
}
