using Sakip.Core;
using Sakip.Core.Organisation;
using Sakip.Reports.Documents;
using Sakip.Reports.Lkjip;
using Sakip.Reports.Tests.Builders;

namespace Sakip.Reports.Tests.Lkjip;

public sealed class LkjipDocumentTests
{
    static readonly ReportDocument Document = LkjipDocument.Build(Sample.Full, Sample.Unit, Sample.Year);

    public static TheoryData<int, string> Headings => new()
    {
        { 1, "KATA PENGANTAR" },
        { 1, "IKHTISAR EKSEKUTIF" },
        { 1, "DAFTAR ISI" },
        { 1, "DAFTAR TABEL" },
        { 1, "BAB I PENDAHULUAN" },
        { 2, "A. Latar Belakang" },
        { 2, "B. Dasar Hukum" },
        { 2, "C. Tugas dan Fungsi" },
        { 2, "D. Struktur Organisasi" },
        { 2, "E. Sumber Daya Aparatur" },
        { 2, "F. Sarana dan Prasarana" },
        { 2, "G. Isu Strategis" },
        { 1, "BAB II PERENCANAAN KINERJA" },
        { 2, "A. Rencana Strategis" },
        { 2, "B. Indikator Kinerja Utama" },
        { 2, "C. Perjanjian Kinerja" },
        { 1, "BAB III AKUNTABILITAS KINERJA" },
        { 2, "A. Capaian Kinerja Organisasi" },
        { 3, "1. Hasil Evaluasi atas Implementasi SAKIP Tahun Sebelumnya" },
        { 3, "2. Pengukuran Capaian Kinerja" },
        { 3, "Sasaran 1: Meningkatnya kinerja penyelenggaraan pemerintah daerah" },
        { 3, "4. Analisis Efisiensi Penggunaan Sumber Daya" },
        { 2, "B. Realisasi Anggaran" },
        { 1, "BAB IV PENUTUP" },
        { 1, "LAMPIRAN" },
        { 2, "PERJANJIAN KINERJA TAHUN 2021" },
    };

    [Theory, MemberData(nameof(Headings))]
    public void Every_section_of_the_outline_is_there(int level, string text) =>
        Document.Blocks.OfType<HeadingBlock>().ShouldContain(h => h.Level == level && h.Text == text);

    [Fact]
    public void Tables_are_numbered_per_chapter_without_gaps_and_are_rectangular()
    {
        var numbers = Document.Tables.Select(t => t.Number).ToList();

        numbers.ShouldBeUnique();
        foreach (var chapter in numbers.GroupBy(n => n.Split('.')[0]))
        {
            chapter.Select(n => int.Parse(n.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(1, chapter.Count()));
        }
        numbers.ShouldContain("1.1");
        numbers.ShouldContain("2.1");
        numbers.ShouldContain("3.1");
        numbers.ShouldContain("L.1");
        foreach (var table in Document.Tables)
        {
            table.ShouldBeRectangular();
        }
    }

    [Fact]
    public void Table_figures_are_the_engines()
    {
        var objectives = Document.Tables.Single(t => t.Caption == "Capaian Sasaran Strategis Tahun 2021");
        var evaluation = Document.Tables.Single(t => t.Caption == "Nilai Hasil Evaluasi Akuntabilitas Kinerja");
        var recap = Document.Tables.Single(t => t.Caption == "Daftar Nilai SAKIP Perangkat Daerah Tahun 2021");

        objectives.Rows.Select(r => r.Cells[3].Text).ShouldBe(["102,69", "115,49", "100,76", "106,39"]);
        evaluation.Text("Nilai Hasil Evaluasi", "+/-").ShouldBe("-8,09");
        recap.Text("Rata-rata", "Nilai").ShouldBe("66,47");
    }

    [Fact]
    public void Unwritten_narratives_are_listed_as_missing_and_written_ones_are_printed()
    {
        var missing = Document.Missing.Select(m => m.Section).ToList();

        missing.ShouldContain("Bab I C. Tugas dan Fungsi");
        missing.ShouldContain("Bab I G. Isu Strategis");
        missing.ShouldContain("Bab III analisis capaian sasaran 1");
        missing.ShouldNotContain("Bab I A. Latar Belakang");
        Document.Blocks.OfType<ParagraphBlock>().ShouldContain(p => p.Text == "Latar belakang kedua." && !p.Generated);
    }

    [Fact]
    public void Without_a_legal_basis_narrative_the_national_regulations_are_listed()
    {
        Document.Blocks.OfType<ListBlock>().ShouldContain(l => l.Items.Any(i => i.StartsWith("Peraturan Presiden Nomor 29 Tahun 2014", StringComparison.Ordinal)));
    }

    [Fact]
    public void Draft_sentences_state_the_figures_and_are_marked_generated()
    {
        var sentence = Document.Blocks.OfType<ParagraphBlock>().Single(p => p.Text.StartsWith("Capaian indikator Skor Evaluasi Kinerja", StringComparison.Ordinal));

        sentence.Generated.ShouldBeTrue();
        sentence.Text.ShouldContain("sebesar 99,79 % (Sangat Tinggi)");
        sentence.Text.ShouldContain("Realisasinya sama dengan tahun 2020.");
        sentence.Text.ShouldContain("target akhir Renstra tahun 2023 sebesar 98,05 %");
    }

    [Fact]
    public void The_realisations_analysis_is_printed_under_its_sasaran()
    {
        Document.Blocks.OfType<ListBlock>().ShouldContain(l => l.Items.Contains("Faktor penghambat: Satu rancangan belum lengkap."));
    }

    [Fact]
    public void Charts_show_capaian_per_indicator_and_the_trend_with_gaps_for_missing_years()
    {
        var charts = Document.Blocks.OfType<ChartBlock>().ToList();

        charts.ShouldContain(c => c.Kind == ChartKind.Bar && c.Caption == "Capaian Indikator Kinerja Tahun 2021" && c.Series[0].Values.Count == 12);
        var trend = charts.First(c => c.Kind == ChartKind.Line);
        trend.Categories.ShouldBe(["2018", "2019", "2020", "2021"]);
        trend.Series[0].Values[0].ShouldBeNull();
        Document.Blocks.OfType<OrgChartBlock>().Single().Root.Children.Count.ShouldBe(9);
    }

    [Fact]
    public void A_unit_with_no_data_still_yields_a_document_with_empty_state_sentences()
    {
        var data = Dataset.Empty with { Units = [new Unit("BARU", "Dinas Baru", null, UnitKind.Agency, null)] };

        var document = LkjipDocument.Build(data, "BARU", 2024);

        document.Tables.ShouldBeEmpty();
        document.Blocks.OfType<HeadingBlock>().ShouldContain(h => h.Text == "BAB IV PENUTUP");
        document.Blocks.OfType<ParagraphBlock>().ShouldContain(p => p.Text.StartsWith("Dinas Baru belum memiliki sasaran strategis", StringComparison.Ordinal));
        document.Blocks.OfType<ParagraphBlock>().ShouldContain(p => p.Text == "Data anggaran tahun 2024 belum dicatat.");
        document.Missing.ShouldNotBeEmpty();
    }

    [Fact]
    public void An_unknown_unit_is_named_by_its_code()
    {
        var document = LkjipDocument.Build(Dataset.Empty, "X", 2024);

        document.Blocks.OfType<CoverBlock>().Single().UnitName.ShouldBe("X");
        document.FileName.ShouldBe("LKjIP-X-2024");
    }

    [Fact]
    public void The_cover_leaves_the_year_to_its_own_line_and_names_the_place()
    {
        var cover = Document.Blocks.OfType<CoverBlock>().Single();

        cover.TitleLines.ShouldBe(["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)"]);
        cover.Year.ShouldBe(2021);
        cover.Imprint.ShouldBe("SAMARINDA");
    }

    [Fact]
    public void The_bar_chart_numbers_its_indicators_as_the_table_does_so_long_names_do_not_overlap()
    {
        var chart = Document.Blocks.OfType<ChartBlock>().Single(c => c.Caption == "Capaian Indikator Kinerja Tahun 2021");
        var table = Document.Tables.Single(t => t.Caption == "Capaian Indikator Kinerja Tahun 2021");

        chart.Categories.ShouldBe([.. Enumerable.Range(1, table.Rows.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        chart.CategoryLabel.ShouldBe($"Nomor indikator pada Tabel {table.Number}");
    }
}
