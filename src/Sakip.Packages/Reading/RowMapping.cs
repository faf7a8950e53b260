using Sakip.Core.Problems;
using Sakip.Packages.Tables;
using Sakip.Packages.Values;

namespace Sakip.Packages.Reading;

/// <summary>Maps every row of a table to a record; a row with a problem yields no record but all its problems.</summary>
static class RowMapping
{
    public static List<T> Map<T>(Table? table, NumberConvention convention, List<Problem> problems, Func<RowReader, T> map)
    {
        var records = new List<T>(table?.RowCount ?? 0);
        if (table is null)
        {
            return records;
        }
        var reader = new RowReader(table, convention, problems);
        for (var row = 0; row < table.RowCount; row++)
        {
            reader.MoveTo(row);
            var before = reader.ErrorCount;
            var record = map(reader);
            if (reader.ErrorCount == before)
            {
                records.Add(record);
            }
        }
        return records;
    }
}
