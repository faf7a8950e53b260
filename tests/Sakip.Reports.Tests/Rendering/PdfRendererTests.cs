using Sakip.Reports.Documents;
using Sakip.Reports.Rendering;

namespace Sakip.Reports.Tests.Rendering;

/// <summary>Prints through the system Chromium (installed on CI and here), then reads the PDF back with poppler.</summary>
public sealed class PdfRendererTests
{
    [Fact]
    public async Task Pdf_prints_the_captions_and_repeats_long_table_headers_on_each_page()
    {
        var path = Artifacts.Path("sampel-portrait.pdf");
        await using (var renderer = new ReportRenderer())
        {
            await using var file = File.Create(path);
            await renderer.RenderAsync(SampleDocuments.Every(), ReportFormat.Pdf, file);
        }

        var pages = (await Poppler.Run("pdftotext", $"-layout \"{path}\" -")).Split('\f');
        var text = string.Join("\n", pages);
        text.ShouldContain("Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2021");
        text.ShouldContain("Gambar 3.1 Capaian Indikator Kinerja Utama Tahun 2019-2021");
        text.ShouldContain("[Bagian ini belum diisi: Latar Belakang]");
        text.ShouldContain("<script>alert('x')</script>");
        pages.Count(p => p.Contains("Indikator Kinerja", StringComparison.Ordinal) && p.Contains("Realisasi", StringComparison.Ordinal)).ShouldBeGreaterThan(1);
        LastLine(pages[0]).ShouldBe("SAMARINDA");
        LastLine(pages[1]).ShouldBe("2");
        LastLine(pages[4]).ShouldBe("5");
        await Poppler.Run("pdftoppm", $"-png -r 60 \"{path}\" \"{Artifacts.Path("sampel-portrait")}\"");
    }

    [Fact]
    public async Task One_renderer_prints_several_documents_with_one_browser_and_landscape_pages_are_wide()
    {
        var path = Artifacts.Path("sampel-landscape.pdf");
        await using (var renderer = new ReportRenderer())
        {
            using var first = new MemoryStream();
            await renderer.RenderAsync(SampleDocuments.Every(), ReportFormat.Pdf, first);
            await using var file = File.Create(path);
            await renderer.RenderAsync(SampleDocuments.Every(PageOrientation.Landscape), ReportFormat.Pdf, file);
            first.Length.ShouldBeGreaterThan(10_000);
        }

        var info = await Poppler.Run("pdfinfo", $"\"{path}\"");
        info.ShouldContain("841.92 x 594.96 pts (A4)");
        await Poppler.Run("pdftoppm", $"-png -r 60 -f 1 -l 8 \"{path}\" \"{Artifacts.Path("sampel-landscape")}\"");
    }

    static string LastLine(string page) => page.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim();
}
