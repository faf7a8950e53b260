using Sakip.Core;
using Sakip.Core.Evaluation;
using Sakip.Core.Fields;
using Sakip.Core.Problems;
using Sakip.Packages.Validation;

namespace Sakip.Packages.Reading;

/// <summary>
/// kelompok.csv rows, one per member: read as one-member groups, then joined into one group per code, each problem
/// still at the member's row.
/// </summary>
static class UnitGroupRows
{
    public static UnitGroup Map(RowReader r) =>
        r.Checked(new UnitGroup(r.RequiredText("kelompok"), r.RequiredText("nama"), [r.RequiredText("instansi")]) { Origin = r.Origin },
            EvaluationRecordRules.UnitGroup);

    /// <param name="units">Every unit code of the package, rows refused for a bad cell included.</param>
    public static List<UnitGroup> Build(IReadOnlyList<UnitGroup> rows, IReadOnlySet<string> units, List<Problem> problems)
    {
        var groups = new List<UnitGroup>();
        foreach (var rowsOfGroup in rows.GroupBy(r => r.Code, StringComparer.Ordinal))
        {
            var first = rowsOfGroup.First();
            var members = new List<string>();
            var seen = new Dictionary<string, Origin?>(StringComparer.Ordinal);
            foreach (var row in rowsOfGroup)
            {
                var unit = row.Units[0];
                if (row.Name != first.Name)
                {
                    problems.Add(Located.At(row.Origin, "nama",
                        $"nama kelompok \"{row.Code}\" berbeda dengan baris {first.Origin?.Line} (\"{first.Name}\"); satu kelompok satu nama"));
                }
                if (!units.Contains(unit))
                {
                    problems.Add(Located.At(row.Origin, "instansi", $"instansi \"{unit}\" tidak ditemukan"));
                }
                if (seen.TryGetValue(unit, out var earlier))
                {
                    problems.Add(Located.At(row.Origin, "instansi", $"anggota \"{unit}\" kelompok \"{row.Code}\" ganda (sudah ada di baris {earlier?.Line})"));
                    continue;
                }
                seen[unit] = row.Origin;
                members.Add(unit);
            }
            groups.Add(new UnitGroup(first.Code, first.Name, members) { Origin = first.Origin });
        }
        return groups;
    }
}
