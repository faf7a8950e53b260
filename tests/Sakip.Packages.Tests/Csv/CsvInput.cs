using System.Text;
using Sakip.Packages.Csv;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Tests.Csv;

internal static class CsvInput
{
    public static TableRead Read(string text, string fileName = "t.csv") =>
        Read(Encoding.UTF8.GetBytes(text), fileName);

    public static TableRead Read(byte[] bytes, string fileName = "t.csv")
    {
        using var stream = new MemoryStream(bytes);
        return CsvTableReader.Read(stream, fileName);
    }

    public static List<CsvRecord> Records(string text)
    {
        using var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.csv");
        var records = new List<CsvRecord>();
        while (reader.TryRead(out var record))
        {
            records.Add(record);
        }

        reader.Problems.ShouldBeEmpty();
        return records;
    }

    /// <summary>Rows as <c>line:cell|cell</c>, to compare a whole table in one assertion.</summary>
    public static string[] Rows(this TableRead read) =>
        [.. read.Table!.Rows.Select(row => $"{row.Line}:{string.Join('|', row.Cells)}")];

    public static string[] Messages(this TableRead read) => [.. read.Problems.Select(p => p.ToString())];
}
