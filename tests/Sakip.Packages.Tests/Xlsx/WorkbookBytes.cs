using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace Sakip.Packages.Tests.Xlsx;

/// <summary>Builds workbooks the way other programs might have saved them, including typed (numeric) cells.</summary>
internal static class WorkbookBytes
{
    public static byte[] Of(params (string Sheet, object?[][] Rows)[] sheets)
    {
        var data = sheets.ToDictionary(
            sheet => sheet.Sheet,
            sheet => (object)sheet.Rows.Select(row => row
                .Select((cell, i) => (Key: ((char)('A' + i)).ToString(), Value: cell))
                .ToDictionary(p => p.Key, p => p.Value)).ToList());
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, data, printHeader: false);
        return stream.ToArray();
    }

    /// <summary>Replaces text in the XML of the first sheet, to store a value exactly as Excel would.</summary>
    public static byte[] PatchFirstSheet(byte[] workbook, string find, string replace)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            xml.ShouldContain(find);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml.Replace(find, replace, StringComparison.Ordinal));
        }

        return stream.ToArray();
    }

    public static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
