using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering.Charts;

/// <summary>A box of the drawn organisation chart, in pixels, with its name already wrapped into lines.</summary>
public sealed record OrgBox(float X, float Y, float Width, float Height, IReadOnlyList<string> Lines, int Depth);

/// <summary>A connector between boxes, in pixels.</summary>
public sealed record OrgLine(float X1, float Y1, float X2, float Y2);

/// <summary>
/// Places an organisation chart the way a SOTK chart is drawn: the head on top, the units directly under it in one row,
/// and every deeper unit stacked beneath its parent (so twelve biro under three asisten stay readable on one page).
/// The PNG and SVG drawings share this layout.
/// </summary>
public sealed record OrgChartLayout(float Width, float Height, IReadOnlyList<OrgBox> Boxes, IReadOnlyList<OrgLine> Lines)
{
    public const float FontSize = 11;
    public const float LineHeight = 14;
    const float BoxWidth = 170;
    const float Gap = 18;
    const float Margin = 16;
    const float Padding = 7;
    const float Indent = 16;
    const int CharsPerLine = 25;

    public static OrgChartLayout Of(OrgNode root)
    {
        var boxes = new List<OrgBox>();
        var lines = new List<OrgLine>();
        var row = root.Children;
        var width = Math.Max(BoxWidth + 2 * Margin, row.Count * (BoxWidth + Gap) - Gap + 2 * Margin);
        var top = Box(root, (width - BoxWidth) / 2, Margin, BoxWidth, 0);
        boxes.Add(top);
        var bottom = top.Y + top.Height;
        if (row.Count > 0)
        {
            var bus = bottom + Gap;
            var rowY = bus + Gap;
            var firstBoxes = row.Select((child, i) => Box(child, Margin + i * (BoxWidth + Gap), rowY, BoxWidth, 1)).ToList();
            var rowHeight = firstBoxes.Max(b => b.Height);
            firstBoxes = [.. firstBoxes.Select(b => b with { Height = rowHeight })];
            lines.Add(new(width / 2, bottom, width / 2, bus));
            lines.Add(new(Center(firstBoxes[0]), bus, Center(firstBoxes[^1]), bus));
            for (var i = 0; i < row.Count; i++)
            {
                var box = firstBoxes[i];
                boxes.Add(box);
                lines.Add(new(Center(box), bus, Center(box), rowY));
                bottom = Math.Max(bottom, Stack(row[i], box, boxes, lines));
            }
        }
        return new(width, bottom + Margin, boxes, lines);
    }

    /// <summary>Stacks the children of <paramref name="parent"/> beneath it, indented, joined by a spine; returns the lowest edge.</summary>
    static float Stack(OrgNode node, OrgBox parent, List<OrgBox> boxes, List<OrgLine> lines)
    {
        var bottom = parent.Y + parent.Height;
        var spineTop = bottom;
        var spineX = parent.X + Indent / 2;
        foreach (var child in node.Children)
        {
            var box = Box(child, parent.X + Indent, bottom + Gap / 2, parent.Width - Indent, parent.Depth + 1);
            boxes.Add(box);
            var middle = box.Y + box.Height / 2;
            lines.Add(new(spineX, spineTop, spineX, middle));
            lines.Add(new(spineX, middle, box.X, middle));
            spineTop = middle;
            bottom = Stack(child, box, boxes, lines);
        }
        return bottom;
    }

    static OrgBox Box(OrgNode node, float x, float y, float width, int depth)
    {
        var lines = Wrap(node.Name, (int)(CharsPerLine * width / BoxWidth));
        return new(x, y, width, lines.Count * LineHeight + 2 * Padding, lines, depth);
    }

    static float Center(OrgBox box) => box.X + box.Width / 2;

    static List<string> Wrap(string text, int chars)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > chars)
            {
                lines.Add(current);
                current = "";
            }
            current = current.Length == 0 ? word : current + " " + word;
        }
        lines.Add(current);
        return lines;
    }
}
