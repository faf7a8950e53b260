using System.Text.RegularExpressions;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Html;

namespace Sakip.Reports.Tests.Rendering;

public sealed partial class HtmlRendererTests
{
    readonly string html = HtmlRenderer.Render(SampleDocuments.Every());

    [Fact]
    public void Html_is_written_to_artifacts_to_be_looked_at()
    {
        File.WriteAllText(Artifacts.Path("sampel.html"), html);

        File.Exists(Artifacts.Path("sampel.html")).ShouldBeTrue();
    }

    [Fact]
    public void Captions_are_numbered_tables_above_and_figures_below()
    {
        html.ShouldContain("<caption>Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2021</caption>");
        html.ShouldContain("<figcaption>Gambar 3.1 Capaian Indikator Kinerja Utama Tahun 2019-2021</figcaption>");
        html.ShouldContain("<figcaption>Gambar 1.1 Struktur Organisasi Sekretariat Daerah</figcaption>");
    }

    [Fact]
    public void The_document_titles_its_lists_once_the_renderer_adds_no_second_title()
    {
        // The heading and the contents' own entry for it; the renderer used to print a third "DAFTAR ISI" title.
        Regex.Count(html, ">DAFTAR ISI<").ShouldBe(2);
        Regex.Count(html, ">DAFTAR TABEL<").ShouldBe(2);
    }

    [Fact]
    public void The_cover_prints_the_year_once_and_the_imprint_at_the_foot()
    {
        var cover = html[html.IndexOf("<section class=\"cover\">", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];

        Regex.Count(cover, "TAHUN 2021").ShouldBe(1);
        cover.ShouldEndWith("<div class=\"cover-imprint\">SAMARINDA</div>");
    }

    [Fact]
    public void A_continued_cell_is_merged_into_the_one_above_with_rowspan()
    {
        html.ShouldContain("<tr><td class=\"c\" rowspan=\"3\">1.</td><td rowspan=\"3\">Sasaran satu</td><td>Indikator 1.1</td></tr><tr><td>Indikator 1.2</td></tr><tr><td>Indikator 1.3</td></tr>");
        html.ShouldContain("<tr><td class=\"c\">2.</td><td>Sasaran dua</td>");
    }

    [Fact]
    public void A_subtitle_is_a_centred_line_not_an_indented_paragraph() =>
        html.ShouldContain("<p class=\"subtitle\">SEKRETARIAT DAERAH</p>");

    [Fact]
    public void Details_are_a_borderless_table_with_aligned_colons()
    {
        html.ShouldContain("<table class=\"details\"><tr><td>Nama</td><td>:</td><td>Hj. SRI WAHYUNI, M.S.</td></tr><tr><td>Jabatan</td><td>:</td><td>Sekretaris Daerah &lt;script&gt;");
    }

    [Fact]
    public void Every_text_is_encoded_so_a_script_in_the_data_stays_text()
    {
        html.ShouldNotContain("<script");
        html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        html.ShouldContain("&amp; &quot;kutip&quot;");
    }

    [Fact]
    public void A_missing_section_is_marked_visibly()
    {
        html.ShouldContain("<p class=\"missing\">[Bagian ini belum diisi: Latar Belakang]</p>");
        HtmlRenderer.Css.ShouldContain(".report p.missing { text-indent: 0; background: #ffe699;");
    }

    [Fact]
    public void A_generated_sentence_is_marked_for_review()
    {
        html.ShouldContain("<p class=\"generated\"");
    }

    [Fact]
    public void Grouped_columns_get_a_two_row_header()
    {
        html.ShouldContain("<tr><th scope=\"col\" rowspan=\"2\">Indikator</th><th scope=\"col\" colspan=\"2\">Triwulan I</th><th scope=\"col\" colspan=\"2\">Triwulan II</th><th scope=\"col\" rowspan=\"2\">Keterangan</th></tr>");
        html.ShouldContain("<tr><th scope=\"col\">Target</th><th scope=\"col\">Realisasi</th><th scope=\"col\">Target</th><th scope=\"col\">Realisasi</th></tr>");
    }

    [Fact]
    public void Rows_are_grouped_totalled_aligned_and_explained()
    {
        html.ShouldContain("<tr class=\"group\"><td colspan=\"5\">Sasaran 1: Meningkatnya kualitas tata kelola pemerintahan daerah</td></tr>");
        html.ShouldContain("<tr class=\"total\">");
        html.ShouldContain("<td class=\"r\" title=\"Capaian = 4,0885 / 4,095 &#215; 100\">99,84</td>");
        html.ShouldContain("<td class=\"r\" title=\"Realisasi belum diisi\">-</td>");
    }

    [Fact]
    public void Contents_and_list_of_tables_link_to_anchors_that_exist()
    {
        var links = LinkTarget().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();

        links.Count.ShouldBe(8 + 4);
        links.ShouldAllBe(target => ids.Contains(target));
        html.ShouldContain("<a href=\"#tabel_3_2\">Tabel 3.2 Realisasi Triwulanan Tahun 2021</a>");
    }

    [Fact]
    public void Pages_break_and_turn_landscape_through_css()
    {
        html.ShouldContain("<div class=\"page-break\"></div>");
        html.ShouldContain("@page { size: A4 portrait;");
        HtmlRenderer.Render(SampleDocuments.Every(PageOrientation.Landscape)).ShouldContain("@page { size: A4 landscape;");
    }

    [Fact]
    public void Body_has_no_script_or_inline_style_so_a_strict_csp_allows_it()
    {
        var body = HtmlRenderer.Body(SampleDocuments.Every());

        body.ShouldStartWith("<article class=\"report\">");
        body.ShouldNotContain("<style");
        body.ShouldNotContain("style=");
        body.ShouldNotContain("<script");
        body.ShouldContain("src=\"data:image/png;base64,");
    }

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
