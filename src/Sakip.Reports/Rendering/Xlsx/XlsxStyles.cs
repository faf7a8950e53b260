using DocumentFormat.OpenXml.Spreadsheet;

namespace Sakip.Reports.Rendering.Xlsx;

/// <summary>The cell formats of an exported table; the indexes are the positions in <see cref="Create"/>'s cellXfs.</summary>
static class XlsxStyles
{
    public const uint Caption = 1;
    public const uint Header = 2;
    public const uint Text = 3;
    public const uint Decimal = 4;
    public const uint Whole = 5;
    public const uint Group = 6;
    public const uint TotalText = 7;
    public const uint TotalDecimal = 8;
    public const uint TotalWhole = 9;
    public const uint Note = 10;

    /// <summary>Excel's built-in number formats: 0 General (all decimals shown), 3 "#,##0" (thousands separated).</summary>
    const uint General = 0;
    const uint Thousands = 3;

    public static Stylesheet Create() => new(
        new Fonts(Font(false, 11), Font(true, 11), Font(true, 12), Font(false, 9)) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"),
            Solid("FFF2F2F2"))
        { Count = 4 },
        new Borders(new Border(), Thin()) { Count = 2 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            Format(2, 0, 0, General, HorizontalAlignmentValues.Left, wrap: false),
            Format(1, 2, 1, General, HorizontalAlignmentValues.Center, wrap: true),
            Format(0, 0, 1, General, HorizontalAlignmentValues.Left, wrap: true),
            Format(0, 0, 1, General, HorizontalAlignmentValues.Right, wrap: false),
            Format(0, 0, 1, Thousands, HorizontalAlignmentValues.Right, wrap: false),
            Format(1, 3, 1, General, HorizontalAlignmentValues.Left, wrap: true),
            Format(1, 3, 1, General, HorizontalAlignmentValues.Left, wrap: true),
            Format(1, 3, 1, General, HorizontalAlignmentValues.Right, wrap: false),
            Format(1, 3, 1, Thousands, HorizontalAlignmentValues.Right, wrap: false),
            Format(3, 0, 0, General, HorizontalAlignmentValues.Left, wrap: false))
        { Count = 11 });

    static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }
        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" });
        return font;
    }

    static Fill Solid(string argb) => new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    static Border Thin() => new(
        new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    static CellFormat Format(uint font, uint fill, uint border, uint numberFormat, HorizontalAlignmentValues horizontal, bool wrap) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null })
    {
        FontId = font,
        FillId = fill,
        BorderId = border,
        NumberFormatId = numberFormat,
        FormatId = 0,
        ApplyFont = font != 0 ? true : null,
        ApplyFill = fill != 0 ? true : null,
        ApplyBorder = border != 0 ? true : null,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
        ApplyAlignment = true,
    };

    /// <summary>The format of a figure: thousands separated when whole (Rp, counts), every decimal when not (3,0885).</summary>
    public static uint Number(decimal value, bool total) =>
        value == decimal.Truncate(value) ? (total ? TotalWhole : Whole) : (total ? TotalDecimal : Decimal);
}
