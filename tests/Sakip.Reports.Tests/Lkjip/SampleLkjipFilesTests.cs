using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Sakip.Reports.Agreements;
using Sakip.Reports.Lkjip;
using Sakip.Reports.Rendering;
using Sakip.Reports.Tests.Builders;
using Sakip.Reports.Tests.Rendering;

namespace Sakip.Reports.Tests.Lkjip;

/// <summary>
/// The sample package's LKjIP of Setda 2021 as the files a user gets: a Word file Word opens without repair, and a PDF
/// whose text holds every chapter and every table caption. Page images of the cover, a Bab III table and the PK page
/// are kept in artifacts/documents to be looked at.
/// </summary>
public sealed class SampleLkjipFilesTests
{
    [Fact]
    public async Task The_docx_of_the_sample_validates_without_errors()
    {
        var path = Artifacts.Path("lkjip-setda-2021.docx");
        await using (var renderer = new ReportRenderer())
        await using (var file = File.Create(path))
        {
            await renderer.RenderAsync(LkjipDocument.Build(Sample.Package, "SETDA", 2021), ReportFormat.Docx, file);
        }

        using var word = WordprocessingDocument.Open(path, false);
        new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_pdf_of_the_sample_holds_every_chapter_and_every_table_caption()
    {
        var document = LkjipDocument.Build(Sample.Package, "SETDA", 2021);
        var path = Artifacts.Path("lkjip-setda-2021.pdf");
        await using (var renderer = new ReportRenderer())
        await using (var file = File.Create(path))
        {
            await renderer.RenderAsync(document, ReportFormat.Pdf, file);
        }

        var pages = (await Poppler.Run("pdftotext", $"\"{path}\" -")).Split('\f');
        var text = Flat(string.Join(" ", pages));
        foreach (var chapter in new[] { "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP" })
        {
            text.ShouldContain(chapter);
        }
        document.Tables.Count().ShouldBeGreaterThan(20);
        foreach (var table in document.Tables)
        {
            text.ShouldContain(Flat($"Tabel {table.Number} {table.Caption}"));
        }
        await PageImage(path, 1, "lkjip-setda-2021-sampul");
        // The last page naming Tabel 3.7 is the table itself, not the Daftar Tabel.
        await PageImage(path, Array.FindLastIndex(pages, p => Flat(p).Contains("Tabel 3.7 ", StringComparison.Ordinal)) + 1, "lkjip-setda-2021-bab3");
        await PageImage(path, Page(pages, "PIHAK PERTAMA"), "lkjip-setda-2021-pk");
    }

    [Fact]
    public async Task The_pk_pdf_of_the_sample_is_the_statement_then_the_annex()
    {
        var path = Artifacts.Path("pk-setda-2021.pdf");
        await using (var renderer = new ReportRenderer())
        await using (var file = File.Create(path))
        {
            await renderer.RenderAsync(AgreementDocument.Build(Sample.Package, "SETDA", 2021), ReportFormat.Pdf, file);
        }

        var pages = (await Poppler.Run("pdftotext", $"\"{path}\" -")).Split('\f');
        Flat(pages[0]).ShouldContain("PERJANJIAN KINERJA TAHUN 2021");
        Flat(pages[0]).ShouldContain("PIHAK PERTAMA");
        Flat(string.Join(" ", pages)).ShouldContain("282.044.792.352");
        await PageImage(path, 1, "pk-setda-2021-pernyataan");
    }

    /// <summary>The first page (1-based) whose text holds <paramref name="marker"/>.</summary>
    static int Page(string[] pages, string marker) => Array.FindIndex(pages, p => Flat(p).Contains(marker, StringComparison.Ordinal)) + 1;

    static async Task PageImage(string pdf, int page, string name)
    {
        page.ShouldBeGreaterThan(0, name);
        await Poppler.Run("pdftoppm", $"-png -r 70 -f {page} -l {page} -singlefile \"{pdf}\" \"{Artifacts.Path(name)}\"");
    }

    /// <summary>Text with every run of white space made one space, as a caption may wrap over lines.</summary>
    static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
