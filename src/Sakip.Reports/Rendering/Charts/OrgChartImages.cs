using System.Globalization;
using System.Net;
using System.Text;
using SkiaSharp;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering.Charts;

/// <summary>Draws an organisation chart from <see cref="OrgChartLayout"/>: PNG (SkiaSharp) for DOCX and PDF, SVG for HTML.</summary>
public static class OrgChartImages
{
    /// <summary>PNG at <paramref name="scale"/> times the layout's pixels, sharp enough for print.</summary>
    public static byte[] Png(OrgChartBlock chart, float scale = 2)
    {
        var layout = OrgChartLayout.Of(chart.Root);
        using var surface = SKSurface.Create(new SKImageInfo((int)Math.Ceiling(layout.Width * scale), (int)Math.Ceiling(layout.Height * scale)));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using var line = new SKPaint { Color = SKColors.Black, StrokeWidth = 1.2f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var typeface = SKTypeface.FromFamilyName("DejaVu Sans");
        using var font = new SKFont(typeface, OrgChartLayout.FontSize);
        foreach (var connector in layout.Lines)
        {
            canvas.DrawLine(connector.X1, connector.Y1, connector.X2, connector.Y2, line);
        }
        foreach (var box in layout.Boxes)
        {
            using var fill = new SKPaint { Color = Fill(box.Depth), Style = SKPaintStyle.Fill };
            var rect = SKRect.Create(box.X, box.Y, box.Width, box.Height);
            canvas.DrawRect(rect, fill);
            canvas.DrawRect(rect, line);
            for (var i = 0; i < box.Lines.Count; i++)
            {
                canvas.DrawText(box.Lines[i], box.X + box.Width / 2, TextBaseline(box, i), SKTextAlign.Center, font, text);
            }
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>An SVG element (no script, every name encoded) to place inline in HTML.</summary>
    public static string Svg(OrgChartBlock chart)
    {
        var layout = OrgChartLayout.Of(chart.Root);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart\" width=\"{N(layout.Width)}\" height=\"{N(layout.Height)}\" viewBox=\"0 0 {N(layout.Width)} {N(layout.Height)}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(chart.Caption)}\">");
        svg.Append("<g stroke=\"#000\" stroke-width=\"1.2\">");
        foreach (var l in layout.Lines)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(l.X1)}\" y1=\"{N(l.Y1)}\" x2=\"{N(l.X2)}\" y2=\"{N(l.Y2)}\"/>");
        }
        svg.Append("</g>");
        foreach (var box in layout.Boxes)
        {
            var fill = Fill(box.Depth);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" fill=\"#{fill.Red:X2}{fill.Green:X2}{fill.Blue:X2}\" stroke=\"#000\" stroke-width=\"1.2\"/>");
            for (var i = 0; i < box.Lines.Count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(box.X + box.Width / 2)}\" y=\"{N(TextBaseline(box, i))}\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"{N(OrgChartLayout.FontSize)}\">{WebUtility.HtmlEncode(box.Lines[i])}</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    static float TextBaseline(OrgBox box, int line) =>
        box.Y + (box.Height - box.Lines.Count * OrgChartLayout.LineHeight) / 2 + (line + 1) * OrgChartLayout.LineHeight - 3;

    /// <summary>The head's box darkest, then lighter per level, as printed SOTK charts shade them.</summary>
    static SKColor Fill(int depth) => depth switch
    {
        0 => new SKColor(0xBD, 0xD7, 0xEE),
        1 => new SKColor(0xDE, 0xEB, 0xF7),
        _ => SKColors.White,
    };

    static string N(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
