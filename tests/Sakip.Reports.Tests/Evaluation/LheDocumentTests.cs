using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Scales;
using Sakip.Reports.Documents;
using Sakip.Reports.Evaluation;
using Sakip.Reports.Rendering.Docx;
using Sakip.Packages.Lke;

namespace Sakip.Reports.Tests.Evaluation;

public sealed class LheDocumentTests
{
    static readonly LkeTemplate Lke88 = BuiltInLkeTemplates.Get(BuiltInLkeTemplates.Permenpanrb88Of2021);

    /// <summary>
    /// By hand: pemenuhan Y and the rest B gives each component 0,8 of its weight: 24 + 24 + 12 + 20 = 80 (BB). Last year
    /// Perencanaan Kinerja was 20,5 and the final 70,25, so the changes are +3,50 and +9,75.
    /// </summary>
    static LheContent Content(bool withPrevious = true)
    {
        var answers = Lke88.Criteria.ToDictionary(c => c.Code, c => (string?)(c.Code.Split('.')[1] == "1" ? "Y" : "B"));
        var score = LkeScoring.Score(Lke88, answers, BuiltInScales.SakipGrade);
        var previous = withPrevious ? new Dictionary<string, decimal?> { ["Perencanaan Kinerja"] = 20.5m, [LheContent.FinalKey] = 70.25m } : [];
        return new LheContent("Biro Organisasi", 2021, "700/12/Itprov", new DateOnly(2022, 3, 15), Lke88, score, previous,
            "Perencanaan telah baik.\n\nPengukuran perlu ditingkatkan.",
            [new LheRecommendation("1", "Pelaporan Kinerja", "Publikasikan LKjIP."), new LheRecommendation("2", "Perencanaan Kinerja", "Perbaiki IKU."),
             new LheRecommendation("3", null, "Tingkatkan kapasitas SDM."), new LheRecommendation("4", "Perencanaan Kinerja", "Selaraskan cascading.")],
            "Dr. Inspektur", "Inspektur Provinsi", "196801011990031001");
    }

    [Fact]
    public void The_LHE_prints_the_heading_the_score_table_with_last_year_and_the_recommendations_per_component()
    {
        var document = LheDocument.Build(Content(), "ORGANISASI");

        document.FileName.ShouldBe("LHE-ORGANISASI-2021");
        document.Blocks.OfType<HeadingBlock>().First().Text.ShouldBe("LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH");
        document.Blocks.OfType<DetailsBlock>().Single().Lines.Take(2).ShouldBe([new Detail("Nomor", "700/12/Itprov"), new Detail("Tanggal", "15 Maret 2022")]);
        var table = document.Tables.Single();
        table.Columns.Select(c => c.Header).ShouldBe(["No", "Komponen / Sub-komponen", "Bobot", "Nilai 2021", "Nilai 2020", "Perubahan"]);
        table.Rows[0].Cells.Select(c => c.Text).ShouldBe(["1", "Perencanaan Kinerja", "30", "24,00", "20,50", "+3,50"]);
        table.Rows[1].Cells.Select(c => c.Text).Take(4).ShouldBe(["1.1", "    Dokumen Perencanaan kinerja telah tersedia", "6", "6,00"]);
        table.Rows[^2].Cells.Select(c => c.Text).ShouldBe(["", "Nilai Akhir", "100", "80,00", "70,25", "+9,75"]);
        table.Rows[^1].Cells[3].Text.ShouldBe("BB/Sangat Baik");
        table.Rows.Count.ShouldBe(4 + 12 + 2);
        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ShouldContain("Pengukuran perlu ditingkatkan.");
        // General recommendations first, then per component in template order, each numbered from 1.
        document.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 3).Select(h => h.Text).ShouldBe(["Umum", "Perencanaan Kinerja", "Pelaporan Kinerja"]);
        document.Blocks.OfType<ListBlock>().Select(l => l.Items).ShouldBe([["Tingkatkan kapasitas SDM."], ["Perbaiki IKU.", "Selaraskan cascading."], ["Publikasikan LKjIP."]]);
        document.Blocks.OfType<SignatureBlock>().Single().Signatories.Single()
            .ShouldBe(new Signatory("", "Inspektur Provinsi", "Dr. Inspektur", "NIP. 196801011990031001"));
    }

    [Fact]
    public void Without_last_year_the_table_has_no_change_columns_and_the_docx_validates_and_holds_the_figures()
    {
        var document = LheDocument.Build(Content(withPrevious: false), "ORGANISASI");
        using var stream = new MemoryStream();

        DocxRenderer.Render(document, stream);

        document.Tables.Single().Columns.Count.ShouldBe(4);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        new OpenXmlValidator().Validate(word).ShouldBeEmpty();
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH");
        var table = word.MainDocumentPart.Document.Body.Elements<Table>().First(t => t.InnerText.Contains("Nilai Akhir", StringComparison.Ordinal));
        var total = table.Elements<TableRow>().First(r => r.InnerText.Contains("Nilai Akhir", StringComparison.Ordinal));
        total.Elements<TableCell>().Select(c => c.InnerText).ShouldBe(["", "Nilai Akhir", "100", "80,00"]);
    }
}
