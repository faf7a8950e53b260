using Sakip.Core;
using Sakip.Core.Problems;
using Sakip.Core.Scales;

namespace Sakip.Packages.Reading;

/// <summary>skala.csv rows: bands grouped by scale name, then validated as whole scales.</summary>
static class ScaleRows
{
    public static (string Scale, Band Band, Origin Origin) Map(RowReader r) =>
        (r.RequiredText("skala"), new Band(r.RequiredText("label"), r.Number("batas_bawah"), r.Number("batas_atas")), r.Origin);

    public static List<Scale> Build(IEnumerable<(string Scale, Band Band, Origin Origin)> rows, List<Problem> problems)
    {
        var scales = new List<Scale>();
        foreach (var group in rows.GroupBy(r => r.Scale, StringComparer.Ordinal))
        {
            var scale = Scale.Create(group.Key, [.. group.Select(g => g.Band)], out var found);
            var where = group.First().Origin;
            problems.AddRange(found.Select(p => p with { Field = $"{where.File}:{where.Line}:skala" }));
            if (scale is not null)
            {
                scales.Add(scale);
            }
        }
        return scales;
    }
}
