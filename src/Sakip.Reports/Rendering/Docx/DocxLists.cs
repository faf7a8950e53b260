using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering.Docx;

/// <summary>Bulleted and numbered lists; every numbered list gets its own numbering instance so each one starts at 1.</summary>
sealed class DocxLists
{
    const int BulletAbstract = 1;
    const int DecimalAbstract = 2;
    const int BulletInstance = 1;
    readonly List<int> numberedInstances = [];
    bool anyBullets;

    public IEnumerable<Paragraph> Items(ListBlock list)
    {
        int instance;
        if (list.Numbered)
        {
            instance = BulletInstance + 1 + numberedInstances.Count;
            numberedInstances.Add(instance);
        }
        else
        {
            instance = BulletInstance;
            anyBullets = true;
        }
        foreach (var item in list.Items)
        {
            var paragraph = DocxText.Paragraph("ListParagraph", item);
            paragraph.ParagraphProperties!.InsertAfter(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = instance }), paragraph.ParagraphProperties.ParagraphStyleId);
            yield return paragraph;
        }
    }

    public Numbering? Numbering()
    {
        if (!anyBullets && numberedInstances.Count == 0)
        {
            return null;
        }
        var numbering = new Numbering(
            Abstract(BulletAbstract, NumberFormatValues.Bullet, "•"),
            Abstract(DecimalAbstract, NumberFormatValues.Decimal, "%1."),
            new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = BulletInstance });
        foreach (var instance in numberedInstances)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstract },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = instance });
        }
        return numbering;
    }

    static AbstractNum Abstract(int id, NumberFormatValues format, string text) => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
    { AbstractNumberId = id };
}
