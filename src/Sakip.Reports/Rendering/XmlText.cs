using System.Text;
using System.Xml;

namespace Sakip.Reports.Rendering;

/// <summary>
/// Text made safe for an Office file: XML 1.0 cannot hold most control characters or a lone surrogate, and one such
/// character pasted into a narrative would make the whole DOCX or XLSX fail to write.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c)))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
        }
        return clean.ToString();
    }
}
