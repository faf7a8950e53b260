using Sakip.Core.Problems;
using Sakip.Packages.Schema;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Reading;

/// <summary>Required columns must be present; unknown columns are ignored with a warning (spec: column order is free).</summary>
static class HeaderCheck
{
    /// <summary>True when the table has every required column, so its rows can be read.</summary>
    public static bool Check(Table table, FileSchema schema, List<Problem> problems)
    {
        var missing = schema.Required.Where(c => !table.Header.Contains(c)).ToList();
        foreach (var column in missing)
        {
            problems.Add(new Problem($"{table.Source}:1", $"kolom wajib \"{column}\" tidak ada di baris judul"));
        }
        foreach (var name in table.Header.Names.Where(n => n.Trim().Length > 0 && !schema.Knows(n)))
        {
            problems.Add(Problem.Warning($"{table.Source}:1", $"kolom \"{name.Trim()}\" tidak dikenal, diabaikan"));
        }
        return missing.Count == 0;
    }
}
