using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering.Docx;

/// <summary>A4 in twentieths of a point (twips), with the margins Indonesian reports use; the text width sizes tables and images.</summary>
sealed record DocxPage(uint Width, uint Height, int Top, int Bottom, uint Left, uint Right, bool Landscape)
{
    public const long EmuPerTwip = 635;

    public static DocxPage For(PageOrientation orientation) => orientation switch
    {
        PageOrientation.Portrait => new(11906, 16838, 1134, 1247, 1417, 1134, false),
        PageOrientation.Landscape => new(16838, 11906, 1134, 1247, 1134, 1134, true),
    };

    public int TextWidth => (int)(Width - Left - Right);

    public int TextHeight => (int)Height - Top - Bottom;

    public SectionProperties Section(string footerId, bool titlePage)
    {
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = Width, Height = Height, Orient = Landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
            new PageMargin { Top = Top, Bottom = Bottom, Left = Left, Right = Right, Header = 567, Footer = 567, Gutter = 0 });
        if (titlePage)
        {
            section.Append(new TitlePage());
        }
        return section;
    }
}
