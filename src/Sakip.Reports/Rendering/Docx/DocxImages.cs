using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Sakip.Reports.Rendering.Docx;

/// <summary>A PNG placed inline in its own paragraph, scaled to fit the text area.</summary>
sealed class DocxImages(MainDocumentPart main, DocxPage page)
{
    uint nextId = 1;

    /// <param name="maxWidthFraction">How much of the text width the image may take (a chart need not fill a landscape page).</param>
    public Paragraph Picture(byte[] png, string description, double maxWidthFraction = 1)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }
        var (width, height) = PngSize(png);
        var maxWidth = page.TextWidth * DocxPage.EmuPerTwip * maxWidthFraction;
        var maxHeight = page.TextHeight * DocxPage.EmuPerTwip * 0.85;
        var scale = Math.Min(maxWidth / width, maxHeight / height);
        var cx = (long)(width * scale);
        var cy = (long)(height * scale);
        var id = nextId++;
        var name = $"Gambar{id}.png";
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = XmlText.Clean(description) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Figure }), new Run(new Drawing(inline)));
    }

    /// <summary>The pixel size from the PNG header (IHDR: width and height, big-endian, at bytes 16 and 20).</summary>
    static (double Width, double Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
}
