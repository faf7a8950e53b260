using System.Globalization;
using Sakip.Core.Reporting;
using Sakip.Reports.Documents;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Lkjip;

/// <summary>
/// Collects a document's blocks and numbers its tables and charts per chapter (Tabel 2.1, 3.4 …), as the LKjIP
/// outline numbers them; a table with no rows is replaced by the sentence that says why.
/// </summary>
sealed class DocumentWriter(ReportScope scope)
{
    readonly List<Block> blocks = [];
    string chapter = "0";
    int tables;
    int charts;

    public ReportScope Scope => scope;

    public IReadOnlyList<Block> Blocks => blocks;

    public void Add(Block block) => blocks.Add(block);

    /// <param name="prefix">The number's prefix: "1" for BAB I, "L" for the annex.</param>
    public void Chapter(string prefix, string title)
    {
        (chapter, tables, charts) = (prefix, 0, 0);
        blocks.Add(new PageBreakBlock());
        blocks.Add(new HeadingBlock(1, title));
    }

    /// <summary>Numbers the following tables and charts with <paramref name="prefix"/> without starting a chapter.</summary>
    public void Numbering(string prefix) => (chapter, tables, charts) = (prefix, 0, 0);

    public void Section(string text) => blocks.Add(new HeadingBlock(2, text));

    public void Subsection(string text) => blocks.Add(new HeadingBlock(3, text));

    public void Paragraph(string text, bool generated = false) => blocks.Add(new ParagraphBlock(text, generated));

    public string NextTable() => $"{chapter}.{(++tables).ToString(CultureInfo.InvariantCulture)}";

    public string NextChart() => $"{chapter}.{(++charts).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Adds the table, or <paramref name="empty"/> as a sentence when it has no rows (a table of nothing says nothing).</summary>
    public void Table(Func<string, TableBlock> table, bool hasRows, string empty)
    {
        if (hasRows)
        {
            blocks.Add(table(NextTable()));
        }
        else
        {
            Paragraph(empty, generated: true);
        }
    }

    public void Chart(Func<string, ChartBlock> chart) => blocks.Add(chart(NextChart()));

    /// <summary>The unit's text for a section of the year, or a visible marker that it is not written yet.</summary>
    public bool Narrative(NarrativeSection section, string missing, string? planElement = null)
    {
        var text = NarrativeText(section, planElement);
        if (text is null)
        {
            blocks.Add(new MissingText(missing));
            return false;
        }
        foreach (var paragraph in Paragraphs(text))
        {
            Paragraph(paragraph);
        }
        return true;
    }

    public string? NarrativeText(NarrativeSection section, string? planElement = null)
    {
        var texts = scope.Data.Narratives
            .Where(n => n.Unit == scope.UnitCode && n.Year == scope.Year && n.Section == section && n.PlanElement == planElement && !string.IsNullOrWhiteSpace(n.Text))
            .Select(n => n.Text.Trim()).ToList();
        return texts.Count == 0 ? null : string.Join("\n", texts);
    }

    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
