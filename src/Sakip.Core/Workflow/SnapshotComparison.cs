namespace Sakip.Core.Workflow;

/// <summary>How a line differs between two versions of a cycle object.</summary>
public enum LineChange
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference: the line's key and label, its value before (null when added) and after (null when removed).</summary>
public sealed record LineDifference(string Key, string Label, LineChange Change, string? Before, string? After);

/// <summary>Compares two versions of a cycle object line by line, by key, in the order of the later version.</summary>
public static class SnapshotComparison
{
    public static IReadOnlyList<LineDifference> Compare(IReadOnlyList<SnapshotLine> before, IReadOnlyList<SnapshotLine> after)
    {
        var old = before.GroupBy(l => l.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var keys = after.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var differences = new List<LineDifference>();
        foreach (var line in after.DistinctBy(l => l.Key))
        {
            if (!old.TryGetValue(line.Key, out var was))
            {
                differences.Add(new(line.Key, line.Label, LineChange.Added, null, line.Value));
            }
            else if (!string.Equals(was.Value, line.Value, StringComparison.Ordinal))
            {
                differences.Add(new(line.Key, line.Label, LineChange.Changed, was.Value, line.Value));
            }
        }
        differences.AddRange(before.DistinctBy(l => l.Key).Where(l => !keys.Contains(l.Key))
            .Select(l => new LineDifference(l.Key, l.Label, LineChange.Removed, l.Value, null)));
        return differences;
    }

    public static string Label(LineChange change) => change switch
    {
        LineChange.Added => "ditambah",
        LineChange.Removed => "dihapus",
        LineChange.Changed => "diubah",
    };
}
